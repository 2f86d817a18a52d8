// Charts drawn one at a time, each in a task of its own after the previous one is painted, in the order they asked:
// recharts takes tens of milliseconds for one chart, so a view with six (Insights) shows its words at once and
// answers a click between two charts, instead of freezing until the last one is drawn.

export interface ChartTurn {
  /** The chart has been committed: the next one draws once the frame with it is painted. Once only. */
  done(): void;
  /** The chart goes away: out of the queue, or, holding the turn, passes it on. */
  cancel(): void;
}

const waiting: Array<() => void> = [];
let busy = false;

function giveNextTurn(): void {
  const next = waiting.shift();
  busy = next !== undefined;
  next?.();
}

function afterPaint(then: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') setTimeout(then, 0);
  else requestAnimationFrame(() => setTimeout(then, 0));
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
    afterPaint(giveNextTurn);
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
