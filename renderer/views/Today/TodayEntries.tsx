// Today's entries, each with Edit and Delete; a delete can be undone for a few seconds from the toast.
import { useEffect, useRef, useState } from 'react';
import type { Category, Entry } from '../../../shared/model';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { formatClockRange, formatDuration } from '../../format/formatClock';
import { forgetSessionText, useSessionText } from '../../state/useSessionText';
import { useFirstScreenPainted } from '../shell/BelowTheFold';
import { ErrorMessage } from '../shell/ErrorMessage';
import { EntryEditor } from './EntryEditor';
import { ACTION_ICONS, Icon } from '../shell/Icon';

function nameOf(categories: readonly Category[], id: string): Category | undefined {
  return categories.find((c) => c.id === id);
}

/** Today's rows drawn in the window's first render: more than a tall window shows under the figures and the
 * category buttons (rows are ~3.5rem). The rest come once that screen is painted (useFirstScreenPainted), as the form
 * below them does: with 17 entries in a day, the rows past these were a third of the first screen's elements, and
 * drawing them later took 6–12 ms of CPU off Today's first paint (bench "first render"). */
const FIRST_SCREEN_ROWS = 8;

export function TodayEntries() {
  const { stores, locale } = useAppEnv();
  const entries = useSlice('today', (state) => state.entries);
  const status = useSlice('today', (state) => state.status);
  const loadError = useSlice('today', (state) => state.error);
  const categories = useAppState((state) => state.categories);
  const timeZone = useAppState((state) => state.settings?.timeZone ?? 'UTC');
  const painted = useFirstScreenPainted();
  const shown = painted ? entries : entries.slice(0, FIRST_SCREEN_ROWS);
  // Which entry's editor is open, kept with the window's session as the editor's typing is (useEntryDraft).
  const [editingText, setEditingText] = useSessionText('today.editing');
  const editing = editingText || null;
  const setEditing = (id: string | null) => {
    // Another entry's editor opened over this one's: what was typed there is dropped with it, not kept to come back
    // later against an entry that may have changed since.
    if (editing !== null && editing !== id) forgetSessionText(`entry-edit.${editing}`);
    setEditingText(id ?? '');
  };
  const [error, setError] = useState<string | null>(null);
  // The entry whose editor just closed (saved or cancelled): its Edit button takes the focus back, which the editor's
  // buttons held and took away with them, leaving it on the page's body.
  const returnFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = returnFocus.current;
    if (editing !== null || id === null) return;
    returnFocus.current = null;
    document.querySelector<HTMLButtonElement>(`[data-entry-id="${CSS.escape(id)}"] .row-actions button`)?.focus();
  }, [editing]);
  const closeEditor = (id: string) => {
    returnFocus.current = id;
    setEditing(null);
  };

  const remove = async (entry: Entry) => {
    setError(null);
    const what = `Deleted ${nameOf(categories, entry.categoryId)?.name ?? 'entry'}, ${formatClockRange(entry.start, entry.end, locale, timeZone)}`;
    const result = await stores.entries.remove([entry], what, ([restored]) => {
      // Back in the list once the refreshed entries arrive: focus its Edit button, so focus is never left on the page.
      let tries = 0;
      const focusRow = () => {
        const button = document.querySelector<HTMLButtonElement>(`[data-entry-id="${restored?.id}"] .row-actions button`);
        if (button) button.focus();
        else if (tries++ < 60) requestAnimationFrame(focusRow);
      };
      focusRow();
    });
    if (!result.ok) setError(describeError(result.error));
  };

  return (
    <div className="today-entries">
      <h3 id="today-entries-heading">Logged today</h3>
      {loadError && <ErrorMessage error={loadError} />}
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {status === 'ready' && entries.length === 0 && <p className="empty">Nothing logged today yet. Start a timer above, or add time you have already spent below.</p>}
      {entries.length > 0 && (
        <ul aria-labelledby="today-entries-heading" className="entry-list">
          {shown.map((entry) => {
            const category = nameOf(categories, entry.categoryId);
            const range = formatClockRange(entry.start, entry.end, locale, timeZone);
            const label = `${category?.name ?? 'Deleted category'}, ${range}`;
            return (
              <li key={entry.id} data-entry-id={entry.id}>
                {editing === entry.id ? (
                  <EntryEditor entry={entry} categories={categories} timeZone={timeZone} onDone={() => closeEditor(entry.id)} />
                ) : (
                  <div className="entry-row">
                    <span className="swatch" aria-hidden="true" style={{ background: category?.color ?? '#999999' }} />
                    <span className="entry-category">{category?.name ?? 'Deleted category'}</span>
                    <span className="entry-time">{range}</span>
                    <span className="entry-duration">{formatDuration((entry.end - entry.start) / 60_000, locale)}</span>
                    {entry.note && <span className="entry-note">{entry.note}</span>}
                    {entry.overrideReason && <span className="entry-note">Reason: {entry.overrideReason}</span>}
                    <span className="row-actions">
                      <button type="button" aria-label={`Edit ${label}`} onClick={() => setEditing(entry.id)}>
                        <Icon icon={ACTION_ICONS.edit} />
                        Edit
                      </button>
                      <button type="button" aria-label={`Delete ${label}`} onClick={() => void remove(entry)}>
                        <Icon icon={ACTION_ICONS.delete} />
                        Delete
                      </button>
                    </span>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
