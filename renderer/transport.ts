// How the renderer reaches the router: the preload's `window.timelock` in Electron, HTTP + server-sent events in
// the browser host. Both carry the same envelopes; nothing else in the renderer knows which one is in use.
import type { PreloadBridge } from '../shared/preloadBridge';
import type { Result } from '../shared/result';

export interface Transport {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  subscribe(listener: (name: string, payload: unknown) => void): () => void;
}

export type { PreloadBridge };

declare global {
  interface Window {
    timelock?: PreloadBridge;
  }
}

export function preloadTransport(bridge: PreloadBridge): Transport {
  return {
    invoke: (channel, payload) => bridge.invoke(channel, payload),
    subscribe: (listener) => {
      const unsubscribe = bridge.subscribe(listener);
      // Main holds push events until the window says it listens.
      bridge.ready();
      return unsubscribe;
    },
  };
}

/**
 * The browser host lets in only a browser holding its HttpOnly cookie (set by the link it printed); fetch and
 * EventSource send it with every same-origin request, so the page itself holds no secret.
 */
export function httpTransport(base = ''): Transport {
  return {
    async invoke(channel, payload) {
      try {
        const response = await fetch(`${base}/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(payload ?? {}),
        });
        return (await response.json()) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', message: 'Timelock is not reachable. Is the Timelock server still running?' } };
      }
    },
    subscribe(listener) {
      const source = new EventSource(`${base}/api/events`);
      source.onmessage = (message) => {
        const { name, payload } = JSON.parse(message.data as string) as { name: string; payload: unknown };
        listener(name, payload);
      };
      return () => source.close();
    },
  };
}

export function detectTransport(): Transport {
  return window.timelock ? preloadTransport(window.timelock) : httpTransport();
}
