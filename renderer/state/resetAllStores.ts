// Every store registers how to put itself back to its initial state; test setup calls resetAllStores after each
// test (the zustand testing guide's pattern) so no state, interval or subscription leaks from one test to the next.
const resets = new Set<() => void>();

export function registerStoreReset(reset: () => void): void {
  resets.add(reset);
}

export function resetAllStores(): void {
  for (const reset of resets) reset();
  resets.clear();
}

/**
 * `make`'s value, with the resets of the stores it created left out of the registry: the browser host draws each page
 * with stores it then drops (renderer/firstScreen), which registered here would stay held for the host's life.
 */
export function withoutStoreResets<T>(make: () => T): T {
  const before = new Set(resets);
  const value = make();
  for (const reset of resets) if (!before.has(reset)) resets.delete(reset);
  return value;
}

/** How many resets are registered: for tests of what keeps stores. */
export function storeResetCount(): number {
  return resets.size;
}
