// A box on the calendar as `plan list --json` prints it: the occurrence's id (a one-off's id, or series@date), its
// category by name and life area, and its times as ISO 8601 with the zone's offset.
import type { Category } from '../../shared/model';
import type { TimeboxOccurrence } from '../../shared/planModel';
import { formatInstant } from './formatInstant';

export function planOccurrenceJson(box: TimeboxOccurrence, categories: readonly Category[], timeZone: string): Record<string, unknown> {
  const category = categories.find((c) => c.id === box.categoryId);
  return {
    id: box.boxId,
    ...(box.seriesId === undefined ? {} : { seriesId: box.seriesId }),
    occurrenceDate: box.occurrenceDate,
    category: category?.name ?? box.categoryId,
    categoryId: box.categoryId,
    area: category?.area ?? 'work',
    start: formatInstant(box.start, timeZone),
    end: formatInstant(box.end, timeZone),
    minutes: (box.end - box.start) / 60_000,
    title: box.title,
    ...(box.edited ? { edited: true } : {}),
    ...(box.shifted ? { shifted: box.shifted } : {}),
  };
}
