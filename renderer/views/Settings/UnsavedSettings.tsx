// The Settings page's one Save: which forms hold changes not saved yet (kept in settingsDrafts while the person looks
// at other views), Save changes and Undo all changes, and what the last Save did. With nothing changed it says so,
// so the saved state is never a guess.
import { useContext } from 'react';
import { useSlice } from '../../AppEnv';
import { SettingsPageSaveContext } from './settingsPageSave';

export function UnsavedSettings() {
  const page = useContext(SettingsPageSaveContext)!;
  const drafts = useSlice('settingsDrafts', (state) => state.drafts);
  const names = Object.keys(drafts);
  const status = page.status;
  return (
    <div className={names.length > 0 ? 'settings-save-bar unsaved-settings' : 'settings-save-bar'}>
      <p role="status">
        {names.length > 0
          ? `Changed, not saved yet: ${names.join(', ')}. Kept while you look at other views until you save or undo ${names.length === 1 ? 'it' : 'them'}.`
          : status?.kind === 'saved'
            ? status.text
            : 'All settings are saved.'}
      </p>
      {names.length > 0 && status?.kind === 'error' && (status.drafts === undefined || status.drafts === drafts) && <p className="field-error">{status.text}</p>}
      {names.length > 0 && (
        <div className="form-actions">
          <button type="button" onClick={() => void page.saveAll()} aria-keyshortcuts="Control+S">
            Save changes
          </button>
          <button type="button" onClick={page.undoAll}>
            Undo all changes
          </button>
        </div>
      )}
    </div>
  );
}
