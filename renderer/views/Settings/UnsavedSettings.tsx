// Which settings forms hold changes not saved yet: said at the top of Settings, so a change typed before moving to
// another view is found again (the forms kept them in settingsDrafts), with one button that saves them all.
import { useSlice } from '../../AppEnv';

export function UnsavedSettings() {
  const forms = useSlice('settingsDrafts', (state) => state.drafts);
  const names = Object.keys(forms);
  // Each form is submitted as its own Save would: its own checks, its "from when", its own outcome in words.
  const saveAll = () => {
    const shown = document.querySelectorAll<HTMLFormElement>('form.settings-form');
    for (const form of shown) if (names.includes(form.getAttribute('aria-label') ?? '')) form.requestSubmit();
  };
  return (
    <div role="status" className={names.length > 0 ? 'unsaved-settings' : 'unsaved-settings-none'}>
      {names.length > 0 && (
        <>
          <p>
            Changed, not saved yet: {names.join(', ')}. Save or undo {names.length === 1 ? 'it' : 'them'} below; they are kept while you look at
            other views.
          </p>
          {names.length > 1 && (
            <button type="button" onClick={saveAll}>
              Save all {names.length} changes
            </button>
          )}
        </>
      )}
    </div>
  );
}
