// The typed client, built from the contract: `api.call('timer.start', {...})` is checked against the channel's
// request type and answers its response type. Views and stores use this, never a transport.
import type { ChannelName, EventName, EventPayload, RequestOf, ResponseOf } from '../shared/contract';
import type { Result } from '../shared/result';
import type { Transport } from './transport';

export interface Api {
  call<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createApi(transport: Transport): Api {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let unsubscribeTransport: (() => void) | null = null;
  const ensureSubscribed = () => {
    unsubscribeTransport ??= transport.subscribe((name, payload) => {
      for (const listener of listeners.get(name) ?? []) listener(payload);
    });
  };
  return {
    call: (channel, request) => transport.invoke(channel, request) as Promise<Result<ResponseOf<typeof channel>>>,
    on(name, listener) {
      ensureSubscribed();
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(name, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}
