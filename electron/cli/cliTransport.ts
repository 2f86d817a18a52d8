// How the CLI reaches Timelock: through the socket of a running host when one serves the data folder (so nothing
// writes the files behind the app's back), else by opening the data folder itself, like a host would.
import { createTimelock } from '../app';
import type { Clock } from '../ports';
import { openDataStore } from '../storage/openDataStore';
import { connectToHost } from '../hosts/socketClient';
import type { SocketPlace } from '../hosts/socketAddress';
import type { Result } from '../../shared/result';

export interface CliTransport {
  /** 'socket': a running host answers; 'direct': this process opened the data folder. */
  readonly via: 'socket' | 'direct';
  call(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** Timelock's push events while the command runs (an import's progress); returns the unsubscribe. */
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
  /** Closes the connection, or waits until every write is on disk. */
  close(): Promise<void>;
}

export interface TransportOptions {
  dataDir: string;
  /** Direct only: a host's clock rules when one answers. */
  clock?: Clock;
  place?: SocketPlace;
  systemTimeZone?: string;
  /** Direct only: where a handler's bug is reported (the router answers the caller 'internal' either way). */
  onInternalError?: (channel: string, error: unknown) => void;
}

export async function openCliTransport(options: TransportOptions): Promise<CliTransport> {
  const client = await connectToHost(options.dataDir, { place: options.place });
  if (client) {
    return {
      via: 'socket',
      call: (channel, payload) => client.call(channel, payload),
      onEvent: (listener) => client.onEvent(listener),
      close: async () => client.close(),
    };
  }
  const store = openDataStore({
    dataDir: options.dataDir,
    backend: 'conf',
    systemTimeZone: options.systemTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const app = createTimelock({
    store,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  });
  return {
    via: 'direct',
    call: (channel, payload) => app.router.call(channel, payload),
    onEvent: (listener) => app.bus.subscribe((event, payload) => listener(event, payload)),
    close: () => store.flush(),
  };
}
