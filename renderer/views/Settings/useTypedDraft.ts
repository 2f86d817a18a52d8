// What a person typed into a Settings form that acts on a record with its own button (rename a category, a step of
// the weekly cap, days off, sync's folder): held in the settingsDrafts store instead of the form's own state, so
// leaving Settings and coming back finds it, and the Save bar, the header's mark and the browser tab's question
// count it as unsaved until the form's button applies it or the person undoes it.
import { useCallback } from 'react';
import { useAppEnv, useSlice } from '../../AppEnv';

export interface TypedDraftHandle<D> {
  value: D;
  /** Whether the form holds something typed and not applied yet. */
  typed: boolean;
  /** Keeps the next value; back to the blank one, nothing is left to lose and the draft goes. */
  set(next: D): void;
  /** Changes the draft as it is now in the store (after an await, the value drawn may be older). */
  update(change: (current: D) => D): void;
  /** Forgets the draft: after the form's button applied it, or to undo it. */
  clear(): void;
}

/** The same draft: flat records compare field by field, anything else by identity. */
function same<D>(a: D, b: D): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a) as Array<keyof D>;
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/**
 * The draft under `key` (stable across renames: a category's id, not its name), shown in the Save bar as `label`,
 * or `blank` (what the form shows with nothing typed: empty fields, or the record as stored) when there is none.
 */
export function useTypedDraft<D>(key: string, label: string | ((value: D) => string), blank: D): TypedDraftHandle<D> {
  const { stores } = useAppEnv();
  const draft = useSlice('settingsDrafts', (state) => state.typed[key]);
  const value = draft ? (draft.value as D) : blank;
  const set = (next: D) => {
    const drafts = stores.settingsDrafts.getState();
    if (same(next, blank)) drafts.dropTyped(key);
    else drafts.keepTyped(key, { label: typeof label === 'function' ? label(next) : label, value: next });
  };
  const update = (change: (current: D) => D) => {
    const current = stores.settingsDrafts.getState().typed[key];
    set(change(current ? (current.value as D) : blank));
  };
  const clear = useCallback(() => stores.settingsDrafts.getState().dropTyped(key), [stores, key]);
  return { value, typed: draft !== undefined, set, update, clear };
}
