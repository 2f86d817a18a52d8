// A change of days off as the window makes it (Settings' days off, the Week grid's column headers): sent, the settings
// read again as saved, and what it did to the caps of the weeks already lived and this one, in the domain's words.
import { useCallback } from 'react';
import type { AppErrorShape } from '../../shared/result';
import { daysOffCapWords } from '../../shared/domain/livedWeeks';
import { useAppEnv } from '../AppEnv';

export type DaysOffChanged = { ok: true; caps: string | null } | { ok: false; error: AppErrorShape | null };

/** Sends `send` (an add or a remove of `dates` through the boundaries store) and says what it did to weeks' caps:
 * the settings before and as saved after (read again, not waited for from the push event). */
export function useDaysOffChange(): (dates: readonly string[], send: () => Promise<boolean>) => Promise<DaysOffChanged> {
  const { stores, clock } = useAppEnv();
  return useCallback(
    async (dates, send) => {
      const app = stores.app.getState();
      const before = app.settings;
      if (!(await send())) return { ok: false, error: stores.boundaries.getState().error };
      if (before) await app.reloadSettings();
      const after = stores.app.getState().settings;
      return { ok: true, caps: before && after ? daysOffCapWords(before, after, dates, clock()) : null };
    },
    [stores, clock],
  );
}
