// Time already spent, added by hand: a category, how long ("1:30", "1.5", "1h 30m", "90m") and, if not "ending
// now", the time it started today (typed, as parseClock reads it).
import { useId, useMemo, useState, type FormEvent } from 'react';
import { fitEndingNow } from '../../../shared/domain/endingNow';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { formatClockRange, formatDuration } from '../../format/formatClock';
import { fromDayMinute } from '../../format/localTime';
import { parseClock } from '../../format/parseClock';
import { parseDuration } from '../../../shared/domain/parseDuration';
import { useSessionText } from '../../state/useSessionText';
import { CategorySelect } from '../shell/CategorySelect';

const MAX_MINUTES = 24 * 60;

export function ManualEntryForm() {
  const { stores, clock, locale } = useAppEnv();
  const allCategories = useAppState((state) => state.categories);
  const categories = useMemo(() => allCategories.filter((c) => !c.archived), [allCategories]);
  const timeZone = useAppState((state) => state.settings?.timeZone ?? 'UTC');
  const day = useSlice('today', (state) => state.day);
  const entries = useSlice('today', (state) => state.entries);
  const timer = useAppState((state) => state.timer);
  const ids = { duration: useId(), durationHint: useId(), start: useId(), startHint: useId(), note: useId(), error: useId() };
  // What is typed survives a reload of the window; cleared once added.
  const [categoryId, setCategoryId] = useSessionText('manual-entry.category');
  const [duration, setDuration] = useSessionText('manual-entry.duration');
  const [start, setStart] = useSessionText('manual-entry.start');
  const [note, setNote] = useSessionText('manual-entry.note');
  const [error, setError] = useState<{ field: 'duration' | 'start' | null; message: string } | null>(null);
  const [added, setAdded] = useState('');
  const chosen = categories.some((c) => c.id === categoryId) ? categoryId : (categories[0]?.id ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded('');
    const minutes = parseDuration(duration);
    if (minutes === null || minutes <= 0 || minutes > MAX_MINUTES) {
      return setError({ field: 'duration', message: 'Enter how long, for example 1:30, 1.5, 1h 30m or 90m (up to 24 hours).' });
    }
    let from: number;
    // "Ending now" fits before today's entries and the running timer rather than overlapping them.
    if (start.trim() === '') {
      const fitted = fitEndingNow(minutes * 60_000, clock(), entries, timer?.start ?? null);
      // Behind what is logged, the fit can walk back past midnight: a form that says "Today" must not add the time to
      // yesterday (in the week before, on a Monday) without a word.
      if (day && fitted.end <= day.start) {
        return setError({ field: 'start', message: `Ending now, ${formatDuration(minutes, locale)} would go before today, behind what is already logged. Type when it started.` });
      }
      from = fitted.start;
    } else {
      const minute = parseClock(start, locale);
      const instant = day && minute !== null ? fromDayMinute(day.date, minute, timeZone) : null;
      if (instant === null) return setError({ field: 'start', message: 'Enter the start as a time of day, for example 9:30, 14:05 or 2 pm.' });
      from = instant;
    }
    const to = from + minutes * 60_000;
    setError(null);
    const result = await stores.entries.add({ categoryId: chosen, start: from, end: to, ...(note.trim() ? { note: note.trim() } : {}) });
    if (result === null) return;
    if (!result.ok) return setError({ field: null, message: describeError(result.error) });
    const name = categories.find((c) => c.id === chosen)?.name ?? '';
    setAdded(`Added ${formatDuration(minutes, locale)} of ${name}, ${formatClockRange(from, to, locale, timeZone)}.`);
    setDuration('');
    setStart('');
    setNote('');
  };

  if (categories.length === 0) return null;
  const describedBy = (field: 'duration' | 'start', hint: string) => (error?.field === field ? `${hint} ${ids.error}` : hint);
  return (
    <form className="manual-entry" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="manual-entry-heading">
      <h3 id="manual-entry-heading">Add time by hand</h3>
      <CategorySelect label="Category" categories={categories} value={chosen} onChange={setCategoryId} />
      <div className="field">
        <label htmlFor={ids.duration}>How long</label>
        <input
          id={ids.duration}
          type="text"
          autoComplete="off"
          size={8}
          value={duration}
          onChange={(event) => setDuration(event.target.value)}
          aria-invalid={error?.field === 'duration'}
          aria-describedby={describedBy('duration', ids.durationHint)}
        />
        <span id={ids.durationHint} className="hint">
          1:30, 1.5, 1h 30m or 90m
        </span>
      </div>
      <div className="field">
        <label htmlFor={ids.start}>Started at</label>
        <input
          id={ids.start}
          type="text"
          autoComplete="off"
          size={8}
          value={start}
          onChange={(event) => setStart(event.target.value)}
          aria-invalid={error?.field === 'start'}
          aria-describedby={describedBy('start', ids.startHint)}
        />
        <span id={ids.startHint} className="hint">
          Today, as 9:30 or 2 pm; empty for “ending now”
        </span>
      </div>
      <div className="field field-wide">
        <label htmlFor={ids.note}>Note (optional)</label>
        <input id={ids.note} type="text" maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <button type="submit">Add entry</button>
      {error && (
        <p id={ids.error} className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <p role="status" className="saved">
        {added}
      </p>
    </form>
  );
}
