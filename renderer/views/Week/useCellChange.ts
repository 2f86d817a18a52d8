// Carries out a figure typed into a timesheet cell: reads the day's entries, plans the change (planCellChange),
// asks before deleting, then adds, trims or deletes through the same commands as every other view.
import { useCallback } from 'react';
import type { DaySummary } from '../../../shared/model';
import { windowIntervals } from '../../../shared/domain/windows';
import { useAppEnv } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { formatClockRange, formatDay, formatDuration } from '../../format/formatClock';
import { parseDuration } from '../../format/parseDuration';
import { planCellChange } from './planCellChange';

export interface CellTarget {
  day: DaySummary;
  categoryId: string;
  categoryName: string;
  currentMinutes: number;
}

/** Resolves to null when done (or cancelled), else the reason in words. */
export type ChangeCell = (cell: CellTarget, text: string) => Promise<string | null>;

export function useCellChange(): ChangeCell {
  const { stores, clock, locale } = useAppEnv();
  return useCallback(
    async ({ day, categoryId, categoryName, currentMinutes }, text) => {
      const target = text.trim() === '' ? 0 : parseDuration(text);
      if (target === null || target > 24 * 60) return 'Type hours for the day, for example 1.5, 1:30 or 90m (up to 24 hours).';
      const { settings, timer } = stores.app.getState();
      if (!settings) return 'Settings are not loaded yet.';
      const listed = await stores.entries.list(day.start, day.end);
      if (!listed.ok) return describeError(listed.error);
      const windowStart = windowIntervals(day.start, day.end, settings)[0]?.start ?? null;
      const plan = planCellChange({ day, categoryId, currentMinutes, targetMinutes: target, entries: listed.value, timer, now: clock(), windowStart });
      if (plan.kind === 'none') return null;
      if (plan.kind === 'refused') return plan.message;
      if (plan.kind === 'add') {
        const added = await stores.entries.add({ categoryId, start: plan.start, end: plan.end });
        return added === null || added.ok ? null : describeError(added.error);
      }
      const dayName = formatDay(day.start, locale, settings.timeZone);
      if (plan.deletes.length > 0) {
        const count = plan.deletes.length;
        const ok = await stores.prompts.getState().confirm({
          title: count === 1 ? 'Delete an entry?' : `Delete ${count} entries?`,
          message: `Lowering ${categoryName} on ${dayName} to ${formatDuration(target, locale)} deletes ${count === 1 ? 'this entry' : 'these entries'}:`,
          details: plan.deletes.map((e) => `${formatClockRange(e.start, e.end, locale, settings.timeZone)} (${formatDuration((e.end - e.start) / 60_000, locale)})`),
          confirmLabel: count === 1 ? 'Delete entry' : `Delete ${count} entries`,
        });
        if (!ok) return null;
      }
      for (const trim of plan.trims) {
        const result = await stores.entries.update({ id: trim.entry.id, start: trim.start, end: trim.end });
        if (result === null) return null;
        if (!result.ok) return describeError(result.error);
      }
      if (plan.deletes.length === 0) return null;
      const what = `Deleted ${plan.deletes.length === 1 ? 'an entry' : `${plan.deletes.length} entries`} of ${categoryName} on ${dayName}`;
      const removed = await stores.entries.remove(plan.deletes, what);
      return removed.ok ? null : describeError(removed.error);
    },
    [stores, clock, locale],
  );
}
