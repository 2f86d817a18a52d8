// A chart's drawing area at the width of its container, measured before the first paint: recharts then draws once,
// at that width (its own `responsive` mode draws at no size, measures itself and draws again, and the twelve-week
// axis picks its labels from the width). In the window the charts of a view are drawn after its words, one per task
// (chartQueue): opening Week, Balance or Insights was mostly recharts drawing every chart before anything showed.
// A chart's legend is ours, under the drawing, measured with the width for the same reason: recharts' own measures
// itself once drawn and has the whole chart laid out and drawn a second time, a third of the chart's cost.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { awaitTurn, type ChartTurn } from './chartQueue';

interface Room {
  width: number;
  /** What the legend under the drawing takes of the chart's height (0 without one). */
  legendHeight: number;
}

const legendHeightOf = (legend: HTMLElement | null) => legend?.getBoundingClientRect().height ?? 0;

/** The container's width and its legend's height, measured before the first paint and whenever either changes size
 * (the window resizes, the legend wraps). */
function useRoom(): [RefObject<HTMLDivElement | null>, RefObject<HTMLDivElement | null>, Room | undefined] {
  const ref = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState<Room | undefined>(undefined);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    // A hidden container measures 0: nothing is drawn until it has room.
    const update = () => {
      const width = Math.floor(node.clientWidth);
      const legendHeight = legendHeightOf(legendRef.current);
      setRoom((was) => (width <= 0 ? undefined : was?.width === width && was.legendHeight === legendHeight ? was : { width, legendHeight }));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(node);
    if (legendRef.current) observer.observe(legendRef.current);
    return () => observer.disconnect();
  }, []);
  return [ref, legendRef, room];
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

/** A chart drawn in its turn, at the width its container measures, its legend under it from the start. */
function QueuedChart({ height, legend, children }: Omit<MeasuredChartProps, 'width'>) {
  const [ref, legendRef, room] = useRoom();
  const turn = useTurn(room !== undefined);
  const drawingHeight = height - (room?.legendHeight ?? 0);
  return (
    <div ref={ref} className="chart-measure" style={{ minHeight: height }}>
      {turn && room ? (
        <>
          {children(room.width, drawingHeight)}
          <TurnDone turn={turn} />
        </>
      ) : (
        // The drawing's room kept above the legend, so the legend is where it stays.
        legend !== undefined && <div style={{ height: drawingHeight }} />
      )}
      {legend !== undefined && <div ref={legendRef}>{legend}</div>}
    </div>
  );
}

/** A chart at a fixed width with its legend under it, drawn at once (at the full height until the legend is
 * measured: in tests it measures nothing). */
function FixedChart({ width, height, legend, children }: MeasuredChartProps & { width: number }) {
  const legendRef = useRef<HTMLDivElement>(null);
  const [legendHeight, setLegendHeight] = useState(0);
  useLayoutEffect(() => setLegendHeight(legendHeightOf(legendRef.current)), [width]);
  return (
    <div className="chart-measure">
      {children(width, height - legendHeight)}
      {legend !== undefined && <div ref={legendRef}>{legend}</div>}
    </div>
  );
}

export interface MeasuredChartProps {
  /** A fixed width (tests, print); without it the drawing takes its container's width. */
  width?: number;
  /** The chart's whole height, its legend's included. */
  height: number;
  /** Shown under the drawing; its height is taken from the drawing's. */
  legend?: ReactNode;
  /** Draws the chart at the width known and the height left by the legend; not called before the first measure. */
  children: (width: number, height: number) => ReactNode;
}

/** A chart at a given width (tests, print) drawn at once; in the window, at its container's width in its turn,
 * keeping its room (its height) meanwhile so nothing below it moves when it is drawn. */
export function MeasuredChart({ width, height, legend, children }: MeasuredChartProps) {
  if (width === undefined) return <QueuedChart height={height} legend={legend}>{children}</QueuedChart>;
  return <FixedChart width={width} height={height} legend={legend}>{children}</FixedChart>;
}
