// Which settings forms hold changes not saved yet: said at the top of Settings, so a change typed before moving to
// another view is found again; the forms themselves kept them (settingsDrafts).
import { useSlice } from '../../AppEnv';

export function UnsavedSettings() {
  const forms = useSlice('settingsDrafts', (state) => state.drafts);
  const names = Object.keys(forms);
  return (
    <p role="status" className={names.length > 0 ? 'unsaved-settings' : 'unsaved-settings-none'}>
      {names.length > 0 ? `Changed, not saved yet: ${names.join(', ')}. Save or undo ${names.length === 1 ? 'it' : 'them'} below; they are kept while you look at other views.` : ''}
    </p>
  );
}
