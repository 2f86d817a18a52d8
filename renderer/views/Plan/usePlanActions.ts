// What the grid, the keyboard and the forms do to boxes: create, move, resize, change and delete, each saying what
// happened in the view's status line. An edit of a repeating box first asks which occurrences it means; focus is
// asked to follow the box to where it went once the plan is fetched again.
import { useCallback, useMemo, type MutableRefObject } from 'react';
import type { RequestOf } from '../../../shared/contract';
import type { PlanPatch, TimeboxOccurrence } from '../../../shared/planModel';
import type { PLAN_EDIT_SCOPES } from '../../../shared/planModel';
import { useAppEnv, useAppState } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import type { PromptStore } from '../../state/promptStore';
import { formatDay } from '../../format/formatClock';
import { boxName, boxWhen, repeatWords, type BoxContext } from './boxWords';

export type PlanEditScope = (typeof PLAN_EDIT_SCOPES)[number];
export interface PlanMessage {
  kind: 'saved' | 'error';
  text: string;
}
/** Where focus should go once the plan is fetched again: the box starting then in that category, or the grid. */
export type FocusRequest = { start: number; categoryId: string } | 'grid' | null;

export interface PlanActions {
  context: BoxContext;
  /** True when the box was saved. */
  create(request: Omit<RequestOf<'plan.add'>, 'reason'>): Promise<boolean>;
  /**
   * A change of times, category or title; without a scope, asked when the box repeats. True when saved, the refusal in
   * words, or null when the person cancelled (or a lock dialog took over). `report`: the refusal is also said in the
   * view's status line (a form showing it itself passes false).
   */
  change(occurrence: TimeboxOccurrence, patch: PlanPatch, scope?: PlanEditScope, report?: boolean): Promise<true | string | null>;
  remove(occurrence: TimeboxOccurrence): Promise<void>;
}

/** The scopes in the order a calendar offers them: the narrowest first. */
export const SCOPES: readonly PlanEditScope[] = ['occurrence', 'following', 'series'];

export const SCOPE_LABELS: Record<PlanEditScope, string> = {
  occurrence: 'This occurrence',
  following: 'This and the following ones',
  series: 'The whole series',
};

export function usePlanActions(say: (message: PlanMessage | null) => void, focusRef: MutableRefObject<FocusRequest>): PlanActions {
  const { stores, locale } = useAppEnv();
  const categories = useAppState((state) => state.categories);
  const timeZone = useAppState((state) => state.settings?.timeZone ?? 'UTC');
  const context = useMemo<BoxContext>(() => ({ categories, timeZone, locale }), [categories, timeZone, locale]);
  const fail = useCallback((error: Parameters<typeof describeError>[0]) => say({ kind: 'error', text: describeError(error) }), [say]);

  const create = useCallback<PlanActions['create']>(
    async (request) => {
      say(null);
      // Asked before the call: the plan is fetched again before the answer comes back.
      focusRef.current = { start: request.start, categoryId: request.categoryId };
      const result = await stores.planning.add(request);
      if (result?.ok !== true) focusRef.current = null;
      if (result === null) return false;
      if (!result.ok) {
        fail(result.error);
        return false;
      }
      const repeats = result.value.kind === 'weekly' ? `, ${repeatWords(result.value, locale)}` : '';
      say({ kind: 'saved', text: `Planned ${boxName({ title: request.title ?? null, categoryId: request.categoryId }, categories)}, ${boxWhen(request, context)}${repeats}.` });
      return true;
    },
    [stores, say, fail, focusRef, categories, context, locale],
  );

  const change = useCallback<PlanActions['change']>(
    async (occurrence, patch, given, report = true) => {
      say(null);
      const scope = given ?? (occurrence.seriesId ? await askScope(stores.prompts, boxName(occurrence, categories), formatDay(occurrence.start, locale, timeZone)) : 'occurrence');
      if (scope === null) return null;
      const series = occurrence.seriesId ? { id: occurrence.seriesId, occurrenceDate: occurrence.occurrenceDate } : { id: occurrence.boxId };
      const start = patch.start ?? occurrence.start;
      const end = patch.end ?? (patch.start !== undefined ? start + (occurrence.end - occurrence.start) : occurrence.end);
      const categoryId = patch.categoryId ?? occurrence.categoryId;
      const title = patch.title === undefined ? occurrence.title : patch.title;
      focusRef.current = { start, categoryId };
      const result = await stores.planning.update({ ...series, scope, patch });
      if (result?.ok !== true) focusRef.current = null;
      if (result === null) return null;
      if (!result.ok) {
        if (report) fail(result.error);
        return describeError(result.error);
      }
      // A box moved out of the week shown (the arrow keys past Sunday or before Monday): the view follows it to its
      // week, so focus stays on it and the message's weekday is one the grid shows, instead of the box vanishing.
      const shown = stores.plan.getState().plan;
      if (shown && (start < shown.start || start >= shown.end)) await stores.plan.getState().show(start);
      say({ kind: 'saved', text: `${boxName({ title, categoryId }, categories)}: ${boxWhen({ start, end }, context)}.` });
      return true;
    },
    [stores, say, fail, focusRef, categories, context, locale, timeZone],
  );

  const remove = useCallback<PlanActions['remove']>(
    async (occurrence) => {
      say(null);
      let request: { id: string; occurrenceDate?: string } = { id: occurrence.boxId };
      if (occurrence.seriesId) {
        const choice = await stores.prompts.getState().choose({
          title: 'Delete a repeating box',
          message: `${boxName(occurrence, categories)} repeats weekly. Delete only this occurrence, or the whole series?`,
          choices: [
            { value: 'occurrence', label: `Only ${formatDay(occurrence.start, locale, timeZone)}` },
            { value: 'series', label: SCOPE_LABELS.series },
          ],
        });
        if (choice === null) return;
        request = choice === 'occurrence' ? { id: occurrence.seriesId, occurrenceDate: occurrence.occurrenceDate } : { id: occurrence.seriesId };
      }
      const what = `Deleted ${boxName(occurrence, categories)}, ${boxWhen(occurrence, context)}${request.occurrenceDate === undefined && occurrence.seriesId ? ' and every week' : ''}`;
      focusRef.current = 'grid';
      const result = await stores.planning.remove(request, what);
      if (!result.ok) fail(result.error);
    },
    [stores, say, fail, focusRef, categories, context, locale, timeZone],
  );

  return { context, create, change, remove };
}

/** Which occurrences of a repeating box an edit means; null when the person cancels. */
async function askScope(prompts: PromptStore, name: string, day: string): Promise<PlanEditScope | null> {
  const answer = await prompts.getState().choose({
    title: 'Change a repeating box',
    message: `${name} repeats weekly. Change only this occurrence (${day}), this and the following ones, or the whole series?`,
    choices: SCOPES.map((scope) => ({ value: scope, label: SCOPE_LABELS[scope] })),
  });
  return SCOPES.find((scope) => scope === answer) ?? null;
}
