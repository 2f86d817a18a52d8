// What the entry editor holds, kept with the window's session (useSessionJson): the entry as the editor opened on it
// and the fields as typed. Switching to Week and back, or a reload, finds the editor as it was left, instead of
// closed with the typing gone; Save or Cancel forgets it.
import { useState } from 'react';
import { useSessionJson } from '../../state/useSessionText';
import type { Entry } from '../../../shared/model';

export interface EntryDraft {
  /** The entry as the editor opened on it: a save sends what differs from this. */
  opened: Entry;
  categoryId: string;
  start: string;
  end: string;
  note: string;
}

/** The draft for `entry` (a new one from `fresh` when none is kept, or the kept one is not this entry's), a setter, and clear. */
export function useEntryDraft(entry: Entry, fresh: () => EntryDraft): [EntryDraft, (change: Partial<Omit<EntryDraft, 'opened'>>) => void, () => void] {
  const [kept, keep, forget] = useSessionJson(`entry-edit.${entry.id}`, (value): value is EntryDraft => isDraftOf(value, entry.id));
  // Nothing typed yet: the entry as first shown stays the one compared with, though it may change meanwhile.
  const [first] = useState(fresh);
  const draft = kept ?? first;
  const update = (change: Partial<Omit<EntryDraft, 'opened'>>) => keep({ ...draft, ...change });
  return [draft, update, forget];
}

function isDraftOf(value: unknown, id: string): boolean {
  const draft = value as Partial<EntryDraft> | null;
  return draft?.opened?.id === id && typeof draft.start === 'string' && typeof draft.end === 'string' && typeof draft.note === 'string';
}
