// Weeks already fetched, kept so that paging back and forth shows them at once, and the week before the one shown
// asked for ahead while a person pages back. Only finished weeks are kept: their figures change only with the data,
// and every change that makes the shown week stale forgets them all (figureRefresh), answers on their way included.
import type { Api } from '../api';
import type { Result } from '../../shared/result';
import { callApi } from './callApi';
import type { WeekWithPlan } from './weekStore';

/** Enough for a person paging back and forth over a season; a week's summary is a few kilobytes. */
export const KEPT_WEEKS = 16;

export interface KeptWeeks {
  /** The kept week containing `at`. */
  find(at: number): WeekWithPlan | undefined;
  /** The week containing `at` (now when null) as the host computes it now: a new request, kept when finished. */
  fetch(at: number | null): Promise<Result<WeekWithPlan>>;
  /** The week containing `at`: the request on its way for that instant if one is, else a new one. */
  ask(at: number): Promise<Result<WeekWithPlan>>;
  /** Asks for the week containing `at` ahead of a click, unless it is kept or on its way. */
  askAhead(at: number): void;
  /** The data behind the figures changed: drops the weeks kept, and the answers on their way will not be kept. */
  forget(): void;
}

/** A week over by the time the host computed it: a running timer no longer counts into it, time passing changes
 * nothing in it. The week containing now (and any later one) is always asked for. */
function finished(summary: WeekWithPlan): boolean {
  return summary.end <= summary.now;
}

export function createKeptWeeks(api: Api): KeptWeeks {
  // Most recently used last.
  let kept: WeekWithPlan[] = [];
  const onTheirWay = new Map<number, Promise<Result<WeekWithPlan>>>();
  let generation = 0;

  const keep = (summary: WeekWithPlan) => {
    kept = kept.filter((week) => week.start !== summary.start);
    kept.push(summary);
    if (kept.length > KEPT_WEEKS) kept.shift();
  };

  const fetch = (at: number | null) => {
    const sentIn = generation;
    const answer: Promise<Result<WeekWithPlan>> = callApi(api, 'summary.week', at === null ? {} : { at }).then((result) => {
      if (at !== null && onTheirWay.get(at) === answer) onTheirWay.delete(at);
      if (sentIn === generation && result.ok && finished(result.value)) keep(result.value);
      return result;
    });
    if (at !== null) onTheirWay.set(at, answer);
    return answer;
  };

  const find = (at: number) => {
    const week = kept.find((summary) => summary.start <= at && at < summary.end);
    if (week) keep(week);
    return week;
  };

  return {
    find,
    fetch,
    ask: (at) => onTheirWay.get(at) ?? fetch(at),
    askAhead(at) {
      if (!onTheirWay.has(at) && !find(at)) void fetch(at);
    },
    forget() {
      generation++;
      kept = [];
      onTheirWay.clear();
    },
  };
}
