// Settings changes typed but not saved yet, by form. Kept here rather than in the forms' own state so that moving to
// another view and back finds them as they were: a change is never dropped without a word. Saving or Undo changes
// clears a form's draft; the header and the Settings view say while any is left.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { registerStoreReset } from './resetAllStores';

export interface SettingsDraftState {
  /** Form name ("Weekly cap") → the draft it shows instead of the stored values. */
  drafts: Readonly<Record<string, unknown>>;
  keep(form: string, draft: unknown): void;
  drop(form: string): void;
}

export type SettingsDraftStore = StoreApi<SettingsDraftState>;

export function createSettingsDraftStore(): SettingsDraftStore {
  const store = createStore<SettingsDraftState>()((set) => ({
    drafts: {},
    keep: (form, draft) => set((state) => ({ drafts: { ...state.drafts, [form]: draft } })),
    drop: (form) =>
      set((state) => {
        if (!(form in state.drafts)) return state;
        const { [form]: _dropped, ...rest } = state.drafts;
        return { drafts: rest };
      }),
  }));
  registerStoreReset(() => store.setState({ drafts: {} }));
  return store;
}
