// One change goes out as one event: services emit here, each host forwards to its windows or clients.
import { events, type EventName, type EventPayload } from '../shared/contract';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

export interface EventBus {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      // Payloads are checked like responses: a wrong push event is our bug, caught here rather than in a window.
      const checked = events[name].parse(payload) as EventPayload<typeof name>;
      for (const listener of [...listeners]) {
        try {
          listener(name, checked);
        } catch (error) {
          console.error(`[timelock] an event listener failed on ${name}:`, error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
