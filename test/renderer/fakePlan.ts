// The fake main process's plan: boxes kept in the fake state, weeks expanded, checked and weighed by the domain's own
// functions (expandWeek, planCheck, planVsActual), so the figures a view shows are the ones the app would compute.
// Edits are simpler than the real service's: a one-off moves and resizes as asked (and with repeat becomes a series in
// place); a series takes new times, weekdays and until whole (or, for one occurrence, its times as its own edit).
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract';
import { planCheck } from '../../shared/domain/planCheck';
import { planVsActual } from '../../shared/domain/planVsActual';
import { formatDate, localDateOf, toLocal, weekContaining } from '../../shared/domain/time';
import { expandWeek } from '../../shared/domain/timeboxOccurrences';
import type { Category, Entry, RunningTimer, Settings } from '../../shared/model';
import type { PlannedFigures, Timebox } from '../../shared/planModel';
import type { Result } from '../../shared/result';

export interface PlanState {
  settings: Settings;
  categories: Category[];
  entries: Entry[];
  timer: RunningTimer | null;
  now: number;
  timeboxes: Timebox[];
}

type Answers = { [C in ChannelName]?: (request: RequestOf<C>) => Result<ResponseOf<C>> };

const ok = <T>(value: T) => ({ ok: true as const, value });
const two = (n: number) => String(n).padStart(2, '0');
const hhmm = (instant: number, timeZone: string) => {
  const local = toLocal(instant, timeZone);
  return `${two(local.hour)}:${two(local.minute)}`;
};

export function fakePlanWeek(state: PlanState, at: number) {
  const { settings } = state;
  const week = weekContaining(at, settings.timeZone, settings.weekStartsOn);
  const occurrences = expandWeek(state.timeboxes, week, settings);
  const against = planVsActual({
    occurrences,
    entries: { between: (from: number, to: number) => state.entries.filter((e) => e.end > from && e.start < to) },
    timer: state.timer,
    now: state.now,
    categories: state.categories,
    settings,
    week,
  });
  const shown = new Set(occurrences.map((o) => o.seriesId ?? o.boxId));
  return {
    week: week.label,
    timeZone: settings.timeZone,
    start: week.start,
    end: week.end,
    occurrences,
    findings: planCheck({ occurrences, categories: state.categories, settings, week }),
    planned: { ...against.planned, boxes: against.boxes },
    timeboxes: state.timeboxes.filter((box) => shown.has(box.id)),
  };
}

/** The `planned` block summary.week carries for the week containing `at`. */
export function fakePlanned(state: PlanState, at: number): PlannedFigures {
  const { boxes: _boxes, ...planned } = fakePlanWeek(state, at).planned;
  return planned;
}

export function planAnswers(state: PlanState, changed: () => void, newId: () => string): Answers {
  const put = (box: Timebox) => {
    state.timeboxes = [...state.timeboxes.filter((b) => b.id !== box.id), box];
    changed();
    return box;
  };
  const find = (id: string) => state.timeboxes.find((b) => b.id === id);
  const missing = { ok: false as const, error: { code: 'not-found' as const, message: 'There is no such timebox in the plan.' } };
  const weekly = (base: { id: string; categoryId: string; title?: string }, start: number, end: number, repeat: number[], until: string | null | undefined): Timebox => {
    const { timeZone } = state.settings;
    return {
      kind: 'weekly',
      ...base,
      firstDate: formatDate(localDateOf(start, timeZone)),
      startTime: hhmm(start, timeZone),
      endTime: hhmm(end, timeZone),
      weekdays: [...repeat].sort((a, b) => a - b),
      until: until ?? null,
      overrides: {},
      cancelled: [],
    };
  };
  return {
    'plan.week': ({ at }) => ok(fakePlanWeek(state, at ?? state.now)),
    'plan.add': ({ categoryId, start, end, title, repeat, until }) => {
      const base = { id: newId(), categoryId, ...(title ? { title } : {}) };
      if (!repeat) return ok(put({ kind: 'once', ...base, start, end }));
      return ok(put(weekly(base, start, end, repeat, until)));
    },
    'plan.update': ({ id, scope, occurrenceDate, patch }) => {
      const current = find(id);
      if (!current) return missing;
      const { timeZone } = state.settings;
      let saved: Timebox;
      if (current.kind === 'once') {
        const start = patch.start ?? current.start;
        const end = patch.end ?? (patch.start !== undefined ? start + (current.end - current.start) : current.end);
        saved = { ...current, start, end, categoryId: patch.categoryId ?? current.categoryId, ...(patch.title ? { title: patch.title } : {}) };
        if (patch.repeat) {
          const { id: boxId, categoryId, title } = saved;
          saved = weekly({ id: boxId, categoryId, ...(title ? { title } : {}) }, start, end, patch.repeat.weekdays, patch.repeat.until);
        }
      } else {
        const times = { ...(patch.start !== undefined ? { startTime: hhmm(patch.start, timeZone) } : {}), ...(patch.end !== undefined ? { endTime: hhmm(patch.end, timeZone) } : {}) };
        saved =
          scope === 'occurrence' && occurrenceDate
            ? { ...current, overrides: { ...current.overrides, [occurrenceDate]: times } }
            : {
                ...current,
                ...times,
                categoryId: patch.categoryId ?? current.categoryId,
                ...(patch.weekdays ? { weekdays: [...patch.weekdays].sort((a, b) => a - b) } : {}),
                ...(patch.until !== undefined ? { until: patch.until } : {}),
              };
      }
      put(saved);
      return ok({ boxes: [saved], previous: [current] });
    },
    'plan.remove': ({ id, occurrenceDate }) => {
      const box = find(id);
      if (!box) return missing;
      if (box.kind === 'weekly' && occurrenceDate) {
        put({ ...box, cancelled: [...box.cancelled, occurrenceDate] });
        return ok({ removed: 'occurrence' as const, box, occurrenceDate });
      }
      state.timeboxes = state.timeboxes.filter((b) => b.id !== id);
      changed();
      return ok({ removed: 'box' as const, box });
    },
    'plan.restore': ({ box }) => ok(put(box as Timebox)),
    'plan.copyWeek': () => ok({ added: [], duplicates: 0, seriesSkipped: 0 }),
    'plan.exportIcs': () => ok({ fileName: 'timelock-plan.ics', mimeType: 'text/calendar;charset=utf-8', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }),
    'plan.importIcs': () => ok({ added: 0, skipped: 0, warnings: [] }),
  };
}
