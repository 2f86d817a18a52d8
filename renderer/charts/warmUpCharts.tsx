// Recharts' code run once, out of sight, while the window is idle after start-up: the first chart a window draws runs
// recharts cold (each function compiled as it is first called, then interpreted), and Week's first chart took about
// twice the CPU time of its later draws. A chart's draw cannot be cut into pieces (recharts lays it out in effects
// and store updates that React renders synchronously), so the warm-up draws small charts, each with a part or two
// more than the one before, one per idle task: each task is a small chart's worth of work, and a click that comes
// meanwhile waits for that one only.
import { startTransition, useEffect, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { chartSize } from './ChartFigure';

/** One step of a warm-up: work done in a task of its own, or an element drawn out of sight. */
export type WarmUpStep = () => ReactElement | void;

const DATA = [
  { day: 'Mon', a: 2, b: 1, c: 0.5 },
  { day: 'Tue', a: 3, b: 0, c: 0 },
];
const SIZE = chartSize(320, 160);
const MARGIN = { top: 16, right: 8, bottom: 0, left: 0 };
const ticks = [0, 2, 4];
const hours = (value: unknown) => `${String(value)} h`;

/** The parts Week's charts draw, a step at a time, each a small chart: the axes with fixed ticks, stacked bars and a
 * bar on a second axis (the off-hours hatch), a reference line with its label, the tooltip (mounted on a first hover),
 * lines with dots. Not recharts' grid: the charts draw their grid lines themselves (GridLines). Small figures: what
 * is warmed is the code each part runs, not the amount of data. */
export const CHART_WARM_UP_STEPS: readonly WarmUpStep[] = [
  () => <BarChart {...SIZE} data={DATA} />,
  () => (
    <BarChart {...SIZE} data={DATA}>
      <Bar dataKey="a" isAnimationActive={false} />
    </BarChart>
  ),
  () => (
    <BarChart {...SIZE} data={DATA} margin={MARGIN}>
      <XAxis dataKey="day" interval={0} />
      <YAxis tickFormatter={hours} width={56} ticks={ticks} interval={0} domain={[0, 4]} />
      <Bar dataKey="a" stackId="s" isAnimationActive={false} />
    </BarChart>
  ),
  () => (
    <BarChart {...SIZE} data={DATA} margin={MARGIN}>
      <XAxis dataKey="day" interval={0} />
      <XAxis xAxisId="overlay" dataKey="day" hide />
      <YAxis tickFormatter={hours} width={56} ticks={ticks} interval={0} domain={[0, 4]} />
      <Bar dataKey="a" stackId="s" isAnimationActive={false} />
      <Bar dataKey="b" stackId="s" isAnimationActive={false} />
      <Bar xAxisId="overlay" dataKey="c" isAnimationActive={false} />
    </BarChart>
  ),
  () => (
    <BarChart {...SIZE} data={DATA} margin={MARGIN}>
      <XAxis dataKey="day" interval={0} />
      <YAxis tickFormatter={hours} width={56} ticks={ticks} interval={0} domain={[0, 4]} />
      <Tooltip formatter={hours} />
      <Bar dataKey="a" stackId="s" isAnimationActive={false} />
      <ReferenceLine y={3} strokeDasharray="6 3" label={{ value: 'Cap', position: 'insideTopRight' }} />
    </BarChart>
  ),
  () => (
    <LineChart {...SIZE} data={DATA} margin={MARGIN}>
      <XAxis dataKey="day" interval={0} />
      <YAxis tickFormatter={hours} width={56} ticks={ticks} interval={0} domain={[0, 4]} />
      <Line dataKey="a" strokeWidth={3} dot={{ r: 4 }} isAnimationActive={false} />
      <Line dataKey="b" strokeDasharray="4 4" dot={false} isAnimationActive={false} />
    </LineChart>
  ),
];

/** Calls `then` in a task of its own once the window is idle; the returned function calls it off. */
function whenIdle(then: () => void): () => void {
  const idle = requestIdleCallback(() => then());
  return () => cancelIdleCallback(idle);
}

function Drawn({ element, onDrawn }: { element: ReactElement; onDrawn: () => void }) {
  // After the commit that drew it, and the store updates recharts makes from its effects (rendered synchronously at
  // the end of the same effects).
  useEffect(() => onDrawn(), [onDrawn]);
  return element;
}

/**
 * Runs the steps one per idle task (requestIdleCallback: after a paint, when nothing else is waiting), while
 * `goOn()` says so; a step's element is drawn out of sight, hidden from assistive technology, in a transition (so a
 * click meanwhile is answered first), and replaced by the next. Once the steps are done or `goOn()` says no, the
 * drawings are removed in a task of their own. The returned function stops it and removes them at once.
 */
export function warmUp(steps: readonly WarmUpStep[], goOn: () => boolean): () => void {
  let box: HTMLDivElement | null = null;
  let root: ReturnType<typeof createRoot> | null = null;
  let stopped = false;
  let cancel = () => {};
  const remove = () => {
    root?.unmount();
    box?.remove();
    root = null;
    box = null;
  };
  const drawOutOfSight = (index: number, element: ReactElement, then: () => void) => {
    if (!root) {
      box = document.createElement('div');
      box.setAttribute('aria-hidden', 'true');
      box.inert = true;
      Object.assign(box.style, { position: 'fixed', left: '-10000px', top: '0', width: '320px', visibility: 'hidden', pointerEvents: 'none' });
      document.body.append(box);
      root = createRoot(box);
    }
    const drawing = root;
    // Keyed by step: each chart is drawn new (a first draw), not as an update of the one before.
    startTransition(() => drawing.render(<Drawn key={index} element={element} onDrawn={then} />));
  };
  const run = (index: number) => {
    cancel = whenIdle(() => {
      const step = steps[index];
      if (stopped) return;
      if (!step || !goOn()) {
        stopped = true;
        remove();
        return;
      }
      let went = false;
      const next = () => {
        if (went) return;
        went = true;
        run(index + 1);
      };
      // A step that is work does it in this call; one that is a drawing returns it.
      const element = step();
      if (element) drawOutOfSight(index, element, next);
      else next();
    });
  };
  run(0);
  return () => {
    if (stopped) return;
    stopped = true;
    cancel();
    remove();
  };
}
