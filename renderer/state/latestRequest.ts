// Keeps only the answer to the latest request: ticks, moves between weeks and data events can overlap, and an older
// answer (or an older failure) arriving after a newer request was sent must not overwrite what the newer one brings.

export interface LatestRequest {
  /**
   * Sends `request` and hands its answer to `apply` only if no later request was sent (and no `forget`) meanwhile.
   * A rejection of the latest request is passed on; one of an older request is dropped like its answer.
   */
  run<T>(request: () => Promise<T>, apply: (answer: T) => void): Promise<void>;
  /** Makes every request in flight older than the next one (a store reset). */
  forget(): void;
}

export function createLatestRequest(): LatestRequest {
  let latest = 0;
  return {
    async run(request, apply) {
      const mine = ++latest;
      let answer;
      try {
        answer = await request();
      } catch (error) {
        if (mine === latest) throw error;
        return;
      }
      if (mine === latest) apply(answer);
    },
    forget() {
      latest++;
    },
  };
}
