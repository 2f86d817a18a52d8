// The frame every chart shares: a caption, a one-sentence summary in words, the drawing (hidden from assistive
// technology) and the same figures as a table screen readers can walk cell by cell.
import { useId, type ReactNode } from 'react';

export interface ChartTable {
  /** The first column's header ("Day", "Week"), then one per figure. */
  columns: string[];
  rows: Array<{ key: string; header: string; cells: string[] }>;
}

export interface ChartFigureProps {
  title: string;
  summary?: string;
  table: ChartTable;
  hideCaption?: boolean;
  children: ReactNode;
}

export function ChartFigure({ title, summary, table, hideCaption, children }: ChartFigureProps) {
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure className="chart" aria-labelledby={titleId} aria-describedby={summary ? summaryId : undefined}>
      <figcaption id={titleId} className={hideCaption ? 'sr-only' : undefined}>
        {title}
      </figcaption>
      {summary && (
        <p id={summaryId} className="chart-summary">
          {summary}
        </p>
      )}
      <div className="chart-canvas" aria-hidden="true">
        {children}
      </div>
      {/* The wrapper clips: a table sizes itself to its content, so sr-only on the table would spill sideways. */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, i) => (
                  <td key={table.columns[i + 1] ?? i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** Props shared by every recharts drawing: the width MeasuredChart measured (or a test gave), no responsive mode. */
export function chartSize(width: number, height: number) {
  return { width, height, accessibilityLayer: false };
}

/** An id usable inside url(#…): React's ids carry characters SVG references do not take. */
export function svgId(reactId: string, name: string): string {
  return `${name}-${reactId.replace(/[^a-zA-Z0-9]/g, '')}`;
}
