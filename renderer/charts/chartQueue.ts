// Charts drawn one at a time, each in a task of its own, in the order they asked: recharts takes tens of milliseconds
// for one chart, so a view with seven (Insights) shows its words at once and answers a click between two charts,
// instead of freezing until the last one is drawn. The first chart of a view is painted before the next is drawn (with
// it the view's content is all there); after it, a chart waits for the previous one to be painted only once the charts
// drawn since the last paint have taken a long task's time: waiting for a frame after every chart left the main
// thread idle for most of a frame seven times over, and Insights' last chart came 200 ms after the click.
import { afterPaint } from '../afterPaint';

export interface ChartTurn {
  /** The chart has been committed: the next one draws in a task of its own, after a paint if the charts before it
   * have used up the budget. Once only. */
  done(): void;
  /** The chart goes away: out of the queue, or, holding the turn, passes it on. */
  cancel(): void;
}

/** How long charts are drawn back to back, in tasks of their own, before the next waits for a paint: a long task's
 * length, so a frame is never held up by more than that. */
const DRAW_BUDGET_MS = 50;

const waiting: Array<() => void> = [];
let busy = false;
/** When the charts drawn since the last paint began; null: the next chart done is the first since the queue was idle,
 * and is painted before another is drawn. */
let drawingSince: number | null = null;

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

function giveNextTurn(): void {
  const next = waiting.shift();
  busy = next !== undefined;
  if (!busy) drawingSince = null;
  next?.();
}

function giveTurnAfterPaint(): void {
  drawingSince = now();
  giveNextTurn();
}


/** Asks for a turn to draw; `draw` is called when it comes. */
export function awaitTurn(draw: () => void): ChartTurn {
  let state: 'waiting' | 'drawing' | 'done' = 'waiting';
  const start = () => {
    state = 'drawing';
    draw();
  };
  waiting.push(start);
  if (!busy) {
    busy = true;
    setTimeout(giveNextTurn, 0);
  }
  const done = () => {
    if (state !== 'drawing') return;
    state = 'done';
    if (drawingSince !== null && now() - drawingSince < DRAW_BUDGET_MS) setTimeout(giveNextTurn, 0);
    else afterPaint(giveTurnAfterPaint);
  };
  return {
    done,
    cancel() {
      if (state === 'waiting') {
        waiting.splice(waiting.indexOf(start), 1);
        state = 'done';
      } else done();
    },
  };
}
