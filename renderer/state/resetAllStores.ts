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
