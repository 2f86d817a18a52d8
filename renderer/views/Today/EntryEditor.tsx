// Editing one entry in place: its category, start time (on the date it has), end time (read from the start's date)
// and its note.
import { useId, useState, type FormEvent } from 'react';
import type { Category, Entry } from '../../../shared/model';
import { useAppEnv } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { formatClockRange } from '../../format/formatClock';
import { endTimeInput, fromTimeInput, startTimeInput, toDateInput, toTimeInput } from '../../format/localTime';
import { CategorySelect } from '../shell/CategorySelect';
import { useEntryDraft } from './useEntryDraft';

export interface EntryEditorProps {
  entry: Entry;
  categories: readonly Category[];
  timeZone: string;
  onDone: () => void;
}

export function EntryEditor({ entry, categories, timeZone, onDone }: EntryEditorProps) {
  const { stores, locale } = useAppEnv();
  const ids = { start: useId(), end: useId(), note: useId(), error: useId(), elsewhere: useId() };
  // The entry as the editor opened on it: the fields start from it and a save sends what differs from it. The entry
  // can change meanwhile (another window, the command line); compared with that, the fields left alone here went back
  // as changes and undid the other one without a word.
  // Kept with the window's session (useEntryDraft): another view and back, or a reload, finds the editor as left.
  const [draft, change, forget] = useEntryDraft(entry, () => ({
    opened: entry,
    categoryId: entry.categoryId,
    start: toTimeInput(entry.start, timeZone),
    end: toTimeInput(entry.end, timeZone),
    note: entry.note,
  }));
  const { opened, categoryId, start, end, note } = draft;
  const setCategoryId = (next: string) => change({ categoryId: next });
  const setStart = (next: string) => change({ start: next });
  const setEnd = (next: string) => change({ end: next });
  const setNote = (next: string) => change({ note: next });
  // The fields show whole minutes; a timer's entry has seconds. A time left as it was shown keeps the instant saved,
  // to the millisecond: a note added to 10:16:45–10:18:31 must not move it to 10:16–10:18, into the entry before it.
  const shown = { start: toTimeInput(opened.start, timeZone), end: toTimeInput(opened.end, timeZone) };
  const [error, setError] = useState<string | null>(null);
  // Archived categories stay choosable for an entry that already has one, so its history is not rewritten.
  const choices = categories.filter((c) => !c.archived || c.id === opened.categoryId || c.id === entry.categoryId);
  const changedElsewhere = entry.categoryId !== opened.categoryId || entry.start !== opened.start || entry.end !== opened.end || entry.note !== opened.note;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Typed times are read against each other, not each on its own saved date: an entry that ended at midnight, ended at
    // 21:30 instead, became 24 h longer (21:30 the next day). Over midnight only within OVER_MIDNIGHT_MS (localTime).
    const startDate = toDateInput(opened.start, timeZone);
    const from =
      start === shown.start
        ? opened.start
        : end === shown.end
          ? startTimeInput(startDate, opened.end, start, timeZone)
          : fromTimeInput(startDate, start, timeZone);
    const to = end === shown.end ? opened.end : from === null ? null : endTimeInput(from, end, timeZone);
    if (from === null || to === null) return setError('Enter both times as times of day, for example 09:30.');
    if (to <= from) return setError('The end must come after the start. An end past midnight is the next day when that is up to 12 hours after the start.');
    const result = await stores.entries.update({
      id: entry.id,
      ...(categoryId !== opened.categoryId ? { categoryId } : {}),
      ...(from !== opened.start ? { start: from } : {}),
      ...(to !== opened.end ? { end: to } : {}),
      ...(note !== opened.note ? { note } : {}),
    });
    if (result === null) return;
    if (!result.ok) return setError(describeError(result.error));
    forget();
    onDone();
  };
  const cancel = () => {
    forget();
    onDone();
  };

  return (
    <form className="entry-editor" onSubmit={(event) => void submit(event)} noValidate aria-label="Edit entry">
      {changedElsewhere && (
        <p id={ids.elsewhere} className="hint" role="status">
          This entry was changed elsewhere since you opened it: it is now {categories.find((c) => c.id === entry.categoryId)?.name ?? 'in a deleted category'}{' '}
          {formatClockRange(entry.start, entry.end, locale, timeZone)}
          {entry.note ? `, “${entry.note}”` : ''}. Save changes only what you change here.
        </p>
      )}
      <CategorySelect label="Category" categories={choices} value={categoryId} onChange={setCategoryId} autoFocus />
      <div className="field">
        <label htmlFor={ids.start}>Start</label>
        <input id={ids.start} type="time" value={start} onChange={(event) => setStart(event.target.value)} aria-describedby={error ? ids.error : undefined} />
      </div>
      <div className="field">
        <label htmlFor={ids.end}>End</label>
        <input id={ids.end} type="time" value={end} onChange={(event) => setEnd(event.target.value)} aria-describedby={error ? ids.error : undefined} />
      </div>
      <div className="field field-wide">
        <label htmlFor={ids.note}>Note</label>
        <input id={ids.note} type="text" maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="row-actions">
        <button type="submit">Save</button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p id={ids.error} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
