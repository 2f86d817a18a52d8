// The one object the preload exposes as `window.timelock`: both sides of the bridge obey this type, so the main
// process never imports the window's code to learn it (electron/preload.ts implements it, renderer/transport.ts uses it).
import type { Result } from './result';

export interface PreloadBridge {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  subscribe(listener: (name: string, payload: unknown) => void): () => void;
  ready(): void;
}
