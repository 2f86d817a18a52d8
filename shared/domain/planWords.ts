// How the plan check's sentences name a box; durations, dates and lists in words are in words.ts.
import type { TimeboxOccurrence } from '../planModel';

/** A box by its title in quotes, else by its category's name. */
export function planBoxName(box: TimeboxOccurrence, categoryNames: ReadonlyMap<string, string>): string {
  return box.title ? `“${box.title}”` : (categoryNames.get(box.categoryId) ?? 'a box');
}
