// The Settings page's one Save: which forms hold changes not saved yet (kept in settingsDrafts while the person looks
// at other views), Save changes and Undo all changes, and what the last Save did. Text typed into a form that acts on
// a record with its own button (a category, a step of the cap, days off) is listed too, since leaving it is just as
// unsaved, though only its own button applies it. With nothing changed it says so, so the saved state is never a guess.
import { useContext } from 'react';
import { useSlice } from '../../AppEnv';
import { SettingsPageSaveContext } from './settingsPageSave';

export function UnsavedSettings() {
  const page = useContext(SettingsPageSaveContext)!;
  const drafts = useSlice('settingsDrafts', (state) => state.drafts);
  const typedDrafts = useSlice('settingsDrafts', (state) => state.typed);
  const names = Object.keys(drafts);
  const typed = Object.values(typedDrafts).map((draft) => draft.label);
  const status = page.status;
  const how = names.length === 0 ? 'apply' : typed.length === 0 ? 'save' : 'save, apply';
  const kept = (count: number) => `Kept while you look at other views until you ${how} or undo ${count === 1 ? 'it' : 'them'}.`;
  return (
    <div className={names.length + typed.length > 0 ? 'settings-save-bar unsaved-settings' : 'settings-save-bar'}>
      <p role="status">
        {names.length > 0 && `Changed, not saved yet: ${names.join(', ')}. `}
        {typed.length > 0 && `Typed, not applied yet: ${typed.join(', ')} (each with its own button). `}
        {names.length + typed.length > 0
          ? kept(names.length + typed.length)
          : status?.kind === 'saved'
            ? status.text
            : 'All settings are saved.'}
      </p>
      {names.length > 0 && status?.kind === 'error' && (status.drafts === undefined || status.drafts === drafts) && <p className="field-error">{status.text}</p>}
      {names.length + typed.length > 0 && (
        <div className="form-actions">
          {names.length > 0 && (
            <button type="button" onClick={() => void page.saveAll()} aria-keyshortcuts="Control+S">
              Save changes
            </button>
          )}
          <button type="button" onClick={page.undoAll}>
            Undo all changes
          </button>
        </div>
      )}
    </div>
  );
}
