// Carries out a figure typed into a timesheet cell: the entries service decides and applies the change in one request
// (entries.setDayMinutes). Lowering a figure asks first when it would delete entries (a preview, which writes
// nothing); deleted entries get Undo, and added time says where it went.
import { useCallback } from 'react';
import type { ResponseOf } from '../../../shared/contract';
import type { DaySummary } from '../../../shared/model';
import { canonicalJson } from '../../../shared/sync/canonicalJson';
import { formatDate, localDateOf } from '../../../shared/domain/time';
import { useAppEnv } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { formatClockRange, formatDay, formatDuration } from '../../format/formatClock';
import { parseDuration } from '../../../shared/domain/parseDuration';
import { UNDO_TOAST_MS } from '../../state/toastStore';

export interface CellTarget {
  day: DaySummary;
  categoryId: string;
  categoryName: string;
  currentMinutes: number;
}

/** Resolves to null when done (or cancelled), else the reason in words. */
export type ChangeCell = (cell: CellTarget, text: string) => Promise<string | null>;

type DayChange = ResponseOf<'entries.setDayMinutes'>;

export function useCellChange(): ChangeCell {
  const { stores, locale } = useAppEnv();
  return useCallback(
    async ({ day, categoryId, categoryName, currentMinutes }, text) => {
      const target = text.trim() === '' ? 0 : parseDuration(text);
      if (target === null || target > 24 * 60) return 'Type hours for the day, for example 1.5, 1:30 or 90m (up to 24 hours).';
      if (target === Math.round(currentMinutes)) return null;
      const { settings } = stores.app.getState();
      if (!settings) return 'Settings are not loaded yet.';
      const { timeZone } = settings;
      const request = { date: formatDate(localDateOf(day.start, timeZone)), categoryId, minutes: target };
      const dayName = formatDay(day.start, locale, timeZone);
      const span = (e: { start: number; end: number }) => `${formatClockRange(e.start, e.end, locale, timeZone)} (${formatDuration((e.end - e.start) / 60_000, locale)})`;

      if (target < currentMinutes) {
        const preview = await stores.entries.setDay({ ...request, preview: true });
        if (preview === null) return null;
        if (!preview.ok) return describeError(preview.error);
        const { removed } = preview.value;
        const count = removed.length;
        if (count > 0) {
          // What is shortened is said too: it changes as surely as what is deleted, and Undo takes both back.
          const shortened = shortenings(preview.value);
          const what =
            shortened.length === 0
              ? `deletes ${count === 1 ? 'this entry' : 'these entries'}:`
              : `deletes ${count === 1 ? '1 entry' : `${count} entries`} and shortens ${shortened.length}:`;
          const ok = await stores.prompts.getState().confirm({
            title: count === 1 ? 'Delete an entry?' : `Delete ${count} entries?`,
            message: `Lowering ${categoryName} on ${dayName} to ${formatDuration(target, locale)} ${what}`,
            details: shortened.length === 0 ? removed.map(span) : [...removed.map((e) => `Delete: ${span(e)}`), ...shortened.map((line) => `Shorten: ${line}`)],
            confirmLabel: count === 1 ? 'Delete entry' : `Delete ${count} entries`,
          });
          if (!ok) return null;
        }
      }

      const result = await stores.entries.setDay(request);
      if (result === null) return null;
      if (!result.ok) return describeError(result.error);
      tell(result.value);
      return null;

      function shortenings(change: DayChange): string[] {
        const before = new Map((change.trimmedFrom ?? []).map((e) => [e.id, e]));
        return change.trimmed.map((e) => {
          const was = before.get(e.id);
          return was ? `${formatClockRange(was.start, was.end, locale, timeZone)} to ${span(e)}` : `to ${span(e)}`;
        });
      }

      function tell(change: DayChange) {
        const toasts = stores.toasts.getState();
        // Deleted entries come back as they were, and shortened ones as they were before (entries.restore puts each
        // by its id): Undo takes back the whole change.
        const back = [...change.removed, ...(change.trimmedFrom ?? [])];
        if (back.length > 0) {
          const n = change.removed.length;
          const m = change.trimmed.length;
          const what = [n > 0 ? `Deleted ${n === 1 ? 'an entry' : `${n} entries`}` : '', m > 0 ? `${n > 0 ? 'shortened' : 'Shortened'} ${m === 1 ? 'an entry' : `${m} entries`}` : '']
            .filter(Boolean)
            .join(' and ');
          const id = toasts.show(`${what} of ${categoryName} on ${dayName}`, [{ label: 'Undo', run: () => void undo() }], UNDO_TOAST_MS);
          const undo = async () => {
            stores.toasts.getState().dismiss(id);
            // Only over the day as this change left it: an entry edited, deleted or put back since is the person's
            // later word, which an Undo of this change must not overwrite (a restore puts entries back by id).
            const spans = [...change.removed, ...change.trimmed];
            const now = await stores.entries.list(Math.min(...spans.map((e) => e.start)), Math.max(...spans.map((e) => e.end)) + 1);
            if (!now.ok) return stores.app.getState().pushNotice('error', `Undo failed: ${describeError(now.error)}`);
            const byId = new Map(now.value.map((e) => [e.id, e]));
            const asLeft = change.removed.every((e) => !byId.has(e.id)) && change.trimmed.every((e) => byId.has(e.id) && canonicalJson(byId.get(e.id)) === canonicalJson(e));
            if (!asLeft) return stores.app.getState().pushNotice('warning', `Not undone: entries of ${categoryName} on ${dayName} were changed since. They are as you left them.`);
            const restored = await stores.entries.restore(back);
            if (!restored.ok) stores.app.getState().pushNotice('error', `Undo failed: ${describeError(restored.error)}`);
          };
        }
        if (change.added.length > 0) toasts.show(`Added to ${categoryName} on ${dayName}: ${change.added.map(span).join(', ')}`, [], UNDO_TOAST_MS);
      }
    },
    [stores, locale],
  );
}
