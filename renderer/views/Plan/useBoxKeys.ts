// The keyboard on a focused box: the arrows move it by 15 minutes or a day, Shift with Up or Down moves its end,
// Enter opens it, Delete removes it. One change at a time: a change made while another is on its way would start from
// where the box was; keys pressed meanwhile are kept and applied, in order, to the box where the change put it.
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { MINUTE } from '../../../shared/domain/time';
import type { PlanWeek, TimeboxOccurrence } from '../../../shared/planModel';
import { shiftInstant, SNAP_MINUTES } from './planLayout';
import type { PlanActions } from './usePlanActions';

const MINUTE_STEPS: Record<string, number> = { ArrowUp: -SNAP_MINUTES, ArrowDown: SNAP_MINUTES };
const DAY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1 };
/** Keys held back while a change is on its way; more than this many are let go. */
const MAX_QUEUED = 8;

type Change = () => Promise<unknown> | null;

export function useBoxKeys(plan: PlanWeek, actions: PlanActions, onOpen: (occurrence: TimeboxOccurrence) => void) {
  const busy = useRef(false);
  const queue = useRef<Array<{ key: string; shiftKey: boolean }>>([]);
  const latest = useRef(plan);
  useLayoutEffect(() => {
    latest.current = plan;
  });

  /** The change a key means for a box, or null when it means none. */
  const changeFor = (occurrence: TimeboxOccurrence, key: string, shiftKey: boolean): Change | null => {
    const { timeZone } = latest.current;
    const step = MINUTE_STEPS[key];
    const days = DAY_STEPS[key];
    if (step !== undefined && !shiftKey) return () => actions.change(occurrence, { start: shiftInstant(occurrence.start, 0, step, timeZone) });
    if (step !== undefined) {
      const end = shiftInstant(occurrence.end, 0, step, timeZone);
      return end - occurrence.start >= SNAP_MINUTES * MINUTE ? () => actions.change(occurrence, { end }) : null;
    }
    if (days !== undefined && !shiftKey) return () => actions.change(occurrence, { start: shiftInstant(occurrence.start, days, 0, timeZone) });
    if (key === 'Delete' || key === 'Backspace') return () => actions.remove(occurrence);
    return null;
  };

  const run = async (change: Change) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await change();
    } finally {
      busy.current = false;
    }
    // After the plan is drawn again (and focus has followed the box), the next key held back.
    if (queue.current.length > 0) setTimeout(drain, 0);
  };

  const drain = () => {
    const next = queue.current.shift();
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.boxId : undefined;
    const occurrence = latest.current.occurrences.find((o) => o.boxId === focused);
    const change = next && occurrence ? changeFor(occurrence, next.key, next.shiftKey) : null;
    // Focus left the box (a dialog asked something, the box went): the keys held back meant that box, so they go too.
    if (!change) return void (queue.current = []);
    void run(change);
  };

  const onKeyDown = (occurrence: TimeboxOccurrence) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      return onOpen(occurrence);
    }
    const change = changeFor(occurrence, event.key, event.shiftKey);
    const isBoxKey = event.key in MINUTE_STEPS || (event.key in DAY_STEPS && !event.shiftKey) || event.key === 'Delete' || event.key === 'Backspace';
    if (!isBoxKey) return;
    event.preventDefault();
    if (busy.current) {
      if (queue.current.length < MAX_QUEUED) queue.current.push({ key: event.key, shiftKey: event.shiftKey });
      return;
    }
    if (change) void run(change);
  };

  return { onKeyDown, run };
}
