// When the data behind the figures changes, which figures to fetch again, and when. A change makes the figures that
// depend on it stale; the ones the view on screen shows are fetched once the burst of news about that change is over
// (a timer switch brings its answer, data.changed and timer.changed within milliseconds of each other), and the rest
// when their view is next shown. So one change costs one request per figure on screen, and a view never opened
// costs nothing. Weeks kept for paging (keptWeeks.ts) go stale with the week shown, and are forgotten.
import type { NavStore, ViewName } from './navStore';
import type { PlanStore } from './planStore';
import type { RangeStore } from './rangeStore';
import { registerStoreReset } from './resetAllStores';
import type { TodayStore } from './todayStore';
import type { WeekLogStore } from './weekLogStore';
import type { WeekStore } from './weekStore';

/** What changed: a kind of data (as data.changed names it), the running timer, or the minute tick of a running timer. */
export type FigureChange = 'timer' | 'tick' | 'entries' | 'categories' | 'settings' | 'timeboxes' | 'unlocks' | 'nudges' | 'everything';

/** The figures one request fetches: the week shown, Today's three parts, the trend, the week's log, the plan. */
type Figure = 'week' | 'todaySummary' | 'todayEntries' | 'todayPlan' | 'range' | 'weekLog' | 'plan';

const ALL: readonly Figure[] = ['week', 'todaySummary', 'todayEntries', 'todayPlan', 'range', 'weekLog', 'plan'];

const STALE_AFTER: Record<FigureChange, readonly Figure[]> = {
  // The running timer counts in the week's figures (and the plan against them), not in any entry until it stops;
  // stopping it adds an entry, and that comes as its own data.changed.
  tick: ['week', 'todaySummary'],
  timer: ['week', 'todaySummary', 'range', 'plan'],
  entries: ['week', 'todaySummary', 'todayEntries', 'range', 'weekLog', 'plan'],
  categories: ALL,
  settings: ALL,
  timeboxes: ['week', 'todaySummary', 'todayPlan', 'range', 'plan'],
  unlocks: ['todaySummary'],
  nudges: ['weekLog'],
  everything: ALL,
};

/** The figures each view shows (the header's figure comes on top, see headerFigure). */
const SHOWN_IN: Record<ViewName, readonly Figure[]> = {
  today: ['todaySummary', 'todayEntries', 'todayPlan'],
  week: ['week'],
  plan: ['plan'],
  balance: ['week', 'range', 'weekLog'],
  insights: ['range'],
  settings: [],
};

/**
 * Where the header's "this week" comes from on a view: the week the view itself shows when that is the current week
 * (one request serves both), else Today's summary of the week containing now, kept fresh on every view.
 */
export function headerFigure(view: ViewName, weekShownAt: number | null): 'week' | 'todaySummary' {
  return SHOWN_IN[view].includes('week') && weekShownAt === null ? 'week' : 'todaySummary';
}

/** Figures a view fetches by itself when it is shown (its mount effect asks for them): no need to fetch them here. */
const FETCHED_ON_SHOW: readonly Figure[] = ['plan', 'weekLog'];

/** How long news about one change can keep arriving: longer than IPC or SSE between events, shorter than a person. */
export const FIGURE_BURST_MS = 40;

export interface FigureRefresh {
  changed(change: FigureChange): void;
  /** Fetches what is stale and shown now, without waiting for the burst to end (a restore or an import finished). */
  flush(): void;
  dispose(): void;
}

export interface FigureStores {
  nav: NavStore;
  week: WeekStore;
  today: TodayStore;
  range: RangeStore;
  weekLog: WeekLogStore;
  plan: PlanStore;
}

export function createFigureRefresh({ nav, week, today, range, weekLog, plan }: FigureStores): FigureRefresh {
  const stale = new Set<Figure>();
  let burst: ReturnType<typeof setTimeout> | null = null;

  const shownIn = (view: ViewName): readonly Figure[] => {
    const header = headerFigure(view, week.getState().at);
    return SHOWN_IN[view].includes(header) ? SHOWN_IN[view] : [...SHOWN_IN[view], header];
  };

  const fetch = (figures: readonly Figure[]) => {
    const due = figures.filter((figure) => stale.has(figure));
    due.forEach((figure) => stale.delete(figure));
    if (due.includes('week')) void week.getState().refresh();
    if (due.some((figure) => figure.startsWith('today'))) {
      void today.getState().refresh({ entries: due.includes('todayEntries'), plan: due.includes('todayPlan') });
    }
    if (due.includes('range')) void range.getState().refresh();
    if (due.includes('weekLog')) void weekLog.getState().refresh();
    if (due.includes('plan')) void plan.getState().refresh();
  };

  const flush = () => {
    if (burst !== null) clearTimeout(burst);
    burst = null;
    fetch(shownIn(nav.getState().view));
  };

  const unsubscribeNav = nav.subscribe((state, previous) => {
    if (state.view === previous.view) return;
    const shown = shownIn(state.view);
    shown.filter((figure) => FETCHED_ON_SHOW.includes(figure)).forEach((figure) => stale.delete(figure));
    fetch(shown);
  });

  // Paging weeks moves the header's figure too: off the current week it reads Today's summary, which a change made
  // stale while the week view served both (an edit in the timesheet, then Previous week, showed the week without it).
  const unsubscribeWeek = week.subscribe((state, previous) => {
    if (state.at === previous.at) return;
    const header = headerFigure(nav.getState().view, state.at);
    if (header !== 'week') fetch([header]);
  });

  const dispose = () => {
    if (burst !== null) clearTimeout(burst);
    burst = null;
    stale.clear();
    unsubscribeNav();
    unsubscribeWeek();
  };
  registerStoreReset(dispose);

  return {
    changed(change) {
      STALE_AFTER[change].forEach((figure) => stale.add(figure));
      // At once, not when the burst is over: a click on another week meanwhile must not show one kept from before.
      if (STALE_AFTER[change].includes('week')) week.getState().forgetKeptWeeks();
      burst ??= setTimeout(flush, FIGURE_BURST_MS);
    },
    flush,
    dispose,
  };
}
