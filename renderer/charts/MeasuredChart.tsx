// A chart's drawing area at the width of its container, measured before the first paint: recharts then draws once,
// at that width (its own `responsive` mode draws at no size, measures itself and draws again, and the twelve-week
// axis picks its labels from the width). In the window the charts of a view are drawn after its words, one per task
// (chartQueue): opening Week, Balance or Insights was mostly recharts drawing every chart before anything showed.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { awaitTurn, type ChartTurn } from './chartQueue';

/** The container's width, measured before the first paint and whenever the window resizes. */
function useContainerWidth(): [RefObject<HTMLDivElement | null>, number | undefined] {
  const ref = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    // A hidden container measures 0: nothing is drawn until it has room.
    const update = (width: number) => setMeasured(width > 0 ? Math.floor(width) : undefined);
    update(node.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => update(entry?.contentRect.width ?? 0));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, measured];
}

/** This chart's turn to draw once it has come (see chartQueue), asked for while it has room; null while it waits. */
function useTurn(hasRoom: boolean): ChartTurn | null {
  const [turn, setTurn] = useState<ChartTurn | null>(null);
  useEffect(() => {
    if (!hasRoom) return;
    const asked: ChartTurn = awaitTurn(() => setTurn(asked));
    // Hidden or gone before its turn came, it leaves the queue; holding the turn, it passes it on.
    return () => asked.cancel();
  }, [hasRoom]);
  return turn;
}

/** Passes the turn on once the chart beside it is committed (an effect runs after the commit, before the paint the
 * queue waits for). */
function TurnDone({ turn }: { turn: ChartTurn }) {
  useEffect(() => turn.done(), [turn]);
  return null;
}

/** A chart drawn in its turn, at the width its container measures. */
function QueuedChart({ height, children }: Omit<MeasuredChartProps, 'width'>) {
  const [ref, chartWidth] = useContainerWidth();
  const turn = useTurn(chartWidth !== undefined);
  return (
    <div ref={ref} className="chart-measure" style={{ minHeight: height }}>
      {turn && chartWidth !== undefined && (
        <>
          {children(chartWidth)}
          <TurnDone turn={turn} />
        </>
      )}
    </div>
  );
}

export interface MeasuredChartProps {
  /** A fixed width (tests, print); without it the drawing takes its container's width. */
  width?: number;
  height: number;
  /** Draws the chart at the width known; not called before the first measure. */
  children: (width: number) => ReactNode;
}

/** A chart at a given width (tests, print) drawn at once; in the window, at its container's width in its turn,
 * keeping its room (its height) meanwhile so nothing below it moves when it is drawn. */
export function MeasuredChart({ width, height, children }: MeasuredChartProps) {
  if (width === undefined) return <QueuedChart height={height}>{children}</QueuedChart>;
  return <div className="chart-measure">{children(width)}</div>;
}
