// Settings changes typed but not saved yet, by form. Kept here rather than in the forms' own state so that moving to
// another view and back finds them as they were: a change is never dropped without a word. Saving or Undo changes
// clears a form's draft; the header and the Settings view say while any is left.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { registerStoreReset } from './resetAllStores';

/** What was typed into a form that acts on a record with its own button (a category, a step of the cap, days off). */
export interface TypedDraft {
  /** The form in words, for the Save bar ("Category Work", "Add days off"). */
  label: string;
  value: unknown;
}

export interface SettingsDraftState {
  /** Form name ("Weekly cap") → the draft it shows instead of the stored values. */
  drafts: Readonly<Record<string, unknown>>;
  /**
   * Typed into a form that acts on a record at once, not yet applied by its own button; kept like a draft so leaving
   * Settings keeps it, and counted as unsaved, but never sent by the page's Save (each such form says what it does).
   */
  typed: Readonly<Record<string, TypedDraft>>;
  keep(form: string, draft: unknown): void;
  drop(form: string): void;
  keepTyped(key: string, draft: TypedDraft): void;
  dropTyped(key: string): void;
}

export type SettingsDraftStore = StoreApi<SettingsDraftState>;

/** Whether anything typed in Settings is not saved yet: the header's mark and the browser tab's question. */
export const hasUnsavedSettings = (state: SettingsDraftState): boolean => Object.keys(state.drafts).length > 0 || Object.keys(state.typed).length > 0;

function without<T>(record: Readonly<Record<string, T>>, key: string): Readonly<Record<string, T>> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

export function createSettingsDraftStore(): SettingsDraftStore {
  const store = createStore<SettingsDraftState>()((set) => ({
    drafts: {},
    typed: {},
    keep: (form, draft) => set((state) => ({ drafts: { ...state.drafts, [form]: draft } })),
    drop: (form) => set((state) => (form in state.drafts ? { drafts: without(state.drafts, form) } : state)),
    keepTyped: (key, draft) => set((state) => ({ typed: { ...state.typed, [key]: draft } })),
    dropTyped: (key) => set((state) => (key in state.typed ? { typed: without(state.typed, key) } : state)),
  }));
  registerStoreReset(() => store.setState({ drafts: {}, typed: {} }));
  return store;
}
