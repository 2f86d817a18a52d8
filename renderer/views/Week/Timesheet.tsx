// The week as a timesheet: a row per category, a column per day, hours in each cell as the domain computed them.
// Cells and totals show hours to a hundredth; a total is its own exact time rounded, so three 20-minute cells
// (0.33 each) total 1 h, not 0.99: summing rounded cells would misstate the day and the week against the cap.
// Typing a figure adds or removes time (useCellChange); archived categories and deleted ones are shown, not edited.
import { memo, useId, useState } from 'react';
import type { Category, WeekSummary } from '../../../shared/model';
import { useAppEnv, useAppState } from '../../AppEnv';
import { formatCellHours, formatDay, formatTimesheetTotal } from '../../format/formatClock';
import { DayOffHeader } from '../Boundaries/DayOffHeader';
import { TimesheetCell } from './TimesheetCell';
import { useCellChange } from './useCellChange';
import { dateTimeFormat } from '../../format/intlFormats';

interface Row {
  id: string;
  name: string;
  color: string;
  editable: boolean;
}

function timesheetRows(summary: WeekSummary, categories: readonly Category[]): Row[] {
  const used = (id: string) => (summary.byCategory[id] ?? 0) > 0;
  const rows: Row[] = categories.filter((c) => !c.archived || used(c.id)).map((c) => ({ id: c.id, name: c.archived ? `${c.name} (archived)` : c.name, color: c.color, editable: !c.archived }));
  for (const id of Object.keys(summary.byCategory)) {
    if (used(id) && !categories.some((c) => c.id === id)) rows.push({ id, name: 'Deleted category', color: '#999999', editable: false });
  }
  return rows;
}

/** Each day's words once, not once per cell (a week switch renders every cell): its column header and its name. */
export function timesheetDays(summary: WeekSummary, locale: string | undefined) {
  const header = dateTimeFormat(locale, { weekday: 'short', day: 'numeric', timeZone: summary.timeZone });
  return summary.days.map((day) => ({ day, short: header.format(day.start), long: formatDay(day.start, locale, summary.timeZone) }));
}

const dayTotal = (minutes: { work: number; fitness: number; family: number }) => minutes.work + minutes.fitness + minutes.family;

// Memo: the week's charts redraw after its words (useAfterPaint), re-rendering the view with the same summary.
export const Timesheet = memo(function Timesheet({ summary }: { summary: WeekSummary }) {
  const { locale } = useAppEnv();
  const categories = useAppState((state) => state.categories);
  const changeCell = useCellChange();
  const errorId = useId();
  const hintId = useId();
  const [error, setError] = useState<{ cell: string; message: string } | null>(null);
  const rows = timesheetRows(summary, categories);
  const days = timesheetDays(summary, locale);

  return (
    <div className="timesheet-wrap">
      <table className="timesheet" aria-describedby={hintId}>
        <caption>Timesheet, hours per category and day</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            {days.map(({ day, short }) => (
              <th key={day.date} scope="col" className={day.dayOff ? 'day-off' : undefined}>
                {short}
                <DayOffHeader day={day} label={short} summary={summary} />
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.id}>
              <th scope="row">
                <span className="swatch" aria-hidden="true" style={{ background: row.color }} />
                {row.name}
              </th>
              {days.map(({ day, long }, c) => {
                const minutes = day.byCategory[row.id] ?? 0;
                const cell = `${row.id}@${day.date}`;
                const label = `${row.name} on ${long}, hours`;
                return (
                  <td key={day.date}>
                    {row.editable ? (
                      <TimesheetCell
                        minutes={minutes}
                        label={label}
                        row={r}
                        column={c}
                        locale={locale}
                        invalid={error?.cell === cell}
                        describedBy={error?.cell === cell ? errorId : undefined}
                        onCommit={async (text) => {
                          setError(null);
                          const message = await changeCell({ day, categoryId: row.id, categoryName: row.name, currentMinutes: minutes }, text);
                          if (message) setError({ cell, message: `${label.replace(/, hours$/, '')}: ${message}` });
                          return message !== null;
                        }}
                      />
                    ) : (
                      <span className="timesheet-value">{formatCellHours(minutes, locale)}</span>
                    )}
                  </td>
                );
              })}
              <td className="timesheet-total">{formatTimesheetTotal(summary.byCategory[row.id] ?? 0, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {summary.days.map((day) => (
              <td key={day.date} className="timesheet-total">
                {formatTimesheetTotal(dayTotal(day.minutes), locale)}
              </td>
            ))}
            <td className="timesheet-total">{formatTimesheetTotal(dayTotal(summary.minutes), locale)}</td>
          </tr>
        </tfoot>
      </table>
      <p id={hintId} className="hint">
        Type hours into a cell (1.5, 1:30 or 90m) and press Enter. More time adds an entry in a free stretch of that day (today, before now); less time shortens or deletes
        that day’s latest entries (for work, those outside the work windows first), asking first before deleting.
      </p>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
});
