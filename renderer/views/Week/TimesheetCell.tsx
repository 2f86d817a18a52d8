// One timesheet cell: the hours of one category on one day, typed over to change them. Enter or leaving the cell
// applies a changed figure (a refused one stays as typed); Escape puts the figure back; the up and down arrows move
// between rows.
import { useRef, useState, type KeyboardEvent } from 'react';
import { formatCellHours } from '../../format/formatClock';

export interface TimesheetCellProps {
  minutes: number;
  label: string;
  row: number;
  column: number;
  locale: string | undefined;
  invalid: boolean;
  describedBy?: string;
  /** Applies the typed figure; true when it was refused, and the text stays in the cell to be corrected. */
  onCommit: (text: string) => Promise<boolean>;
}

function moveFocus(from: HTMLInputElement, row: number, column: number): void {
  from.closest('table')?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-column="${column}"]`)?.focus();
}

export function TimesheetCell({ minutes, label, row, column, locale, invalid, describedBy, onCommit }: TimesheetCellProps) {
  const shown = formatCellHours(minutes, locale);
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A ref as well as state: the blur that a confirmation dialog causes must not apply the same figure twice.
  const applying = useRef(false);
  /** The text last refused: kept in the cell to be corrected, not sent again as the cell is left. */
  const refusedText = useRef<string | null>(null);
  const commit = async (leaving = false) => {
    if (applying.current) return;
    if (draft === null || draft.trim() === shown) return setDraft(null);
    // Leaving a cell whose refused figure was not corrected puts the saved figure back: a refused "25" left behind,
    // once the words beside the grid moved on to another cell, would look saved.
    if (leaving && draft === refusedText.current) {
      refusedText.current = null;
      return setDraft(null);
    }
    applying.current = true;
    setBusy(true);
    const refused = await onCommit(draft);
    applying.current = false;
    setBusy(false);
    // A refused figure stays as typed, beside the words saying why: "9:99" fixed is one key, retyped it is five.
    refusedText.current = refused ? draft : null;
    if (!refused) setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(null);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      moveFocus(event.currentTarget, row + (event.key === 'ArrowUp' ? -1 : 1), column);
    }
  };
  return (
    <input
      type="text"
      inputMode="decimal"
      autoComplete="off"
      className="timesheet-cell"
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-busy={busy || undefined}
      data-row={row}
      data-column={column}
      value={draft ?? shown}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => void commit(true)}
    />
  );
}
