// Import from Toggl, Clockify, Harvest or a Timelock export: choose a file, see the preview, adjust the mapping,
// then import. Nothing is written before "Import". The chosen file with its preview, mapping and reason is kept as a
// draft until Import or Cancel, so leaving Settings keeps it and the page counts it as not applied yet.
import { useId, useState, type ChangeEvent } from 'react';
import type { ImportPreview } from '../../../shared/transferModel';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { refreshFigures } from '../../state/subscribeEvents';
import { ErrorMessage } from '../shell/ErrorMessage';
import { countWords } from '../../../shared/domain/words';
import { ImportPreviewView } from './ImportPreviewView';
import { useTypedDraft } from './useTypedDraft';

interface ChosenFile {
  name: string;
  text: string;
}

interface ImportDraft {
  file: ChosenFile;
  preview: ImportPreview | null;
  /** A project in the file → the category chosen for it. */
  map: Record<string, string>;
  skipInvalid: boolean;
  reason: string;
}

const NO_MAP: Record<string, string> = {};

export function ImportForm() {
  const { stores, locale, clock } = useAppEnv();
  const categories = useAppState((state) => state.categories);
  const timeZone = useAppState((state) => state.settings?.timeZone ?? 'UTC');
  const progress = useSlice('transfer', (state) => state.progress);
  const ids = { file: useId(), skip: useId(), reason: useId() };
  const draft = useTypedDraft<ImportDraft | null>('import', (next) => `Import of ${next?.file.name ?? 'a file'}`, null);
  const file = draft.value?.file ?? null;
  const preview = draft.value?.preview ?? null;
  const map = draft.value?.map ?? NO_MAP;
  const skipInvalid = draft.value?.skipInvalid ?? false;
  const reason = draft.value?.reason ?? '';
  /** Changes the import being prepared, if it is still the one for `chosen` (not cancelled or replaced meanwhile). */
  const change = (chosen: ChosenFile, next: Partial<ImportDraft>) => draft.update((current) => (current?.file === chosen ? { ...current, ...next } : current));
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  const runPreview = async (next: ChosenFile, nextMap: Record<string, string>) => {
    const result = await stores.transfer.getState().preview({ text: next.text, fileName: next.name, ...(Object.keys(nextMap).length ? { map: nextMap } : {}) });
    if (!result.ok) {
      change(next, { preview: null });
      return setError(describeError(result.error));
    }
    setError(null);
    change(next, { preview: result.value });
  };
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setDone('');
    // The picker closed without a file: the import already prepared, if any, stays.
    if (!chosen) return;
    const next = { name: chosen.name, text: await chosen.text() };
    draft.set({ file: next, preview: null, map: NO_MAP, skipInvalid: false, reason: '' });
    await runPreview(next, {});
  };
  const apply = async () => {
    if (!file || !preview) return;
    const needsReason = preview.needsReason.length > 0;
    // The import is all or nothing: with a problem row kept in, the service would refuse the whole file. Said here,
    // before anything is sent, with the way on.
    if (preview.problems.length > 0 && !skipInvalid) {
      return setError(
        `${countWords(preview.problems.length, 'row has a problem', 'rows have problems')}, so nothing would be imported: tick “Leave out the rows with problems” to import the other ${countWords(preview.toImport, 'entry', 'entries')}, or fix the file and choose it again.`,
      );
    }
    if (needsReason && reason.trim() === '') return setError('Some rows are work outside your windows or past a cap: type a reason to import them.');
    setBusy(true);
    const result = await stores.transfer.getState().apply({
      text: file.text,
      fileName: file.name,
      ...(Object.keys(map).length ? { map } : {}),
      ...(skipInvalid ? { skipInvalid } : {}),
      ...(needsReason ? { reason: reason.trim() } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(describeError(result.error));
    const r = result.value;
    const created = r.createdCategories.map((c) => c.name).join(', ');
    setDone(
      `Imported ${countWords(r.imported, 'entry', 'entries')} from ${file.name}; ${r.skipped} left out with problems, ${r.duplicates} already there.${created ? ` New ${r.createdCategories.length === 1 ? 'category' : 'categories'}: ${created}.` : ''}`,
    );
    draft.clear();
    setError(null);
    await stores.app.getState().reloadCategories();
    refreshFigures(stores);
  };

  return (
    <div className="import" role="group" aria-labelledby="import-heading">
      <h4 id="import-heading">Import</h4>
      <label htmlFor={ids.file}>Export file from Toggl, Clockify, Harvest or Timelock (CSV or JSON)</label>
      <input id={ids.file} type="file" accept=".csv,.json,text/csv,application/json" onChange={(event) => void choose(event)} />
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {file && preview && (
        <>
          {/* The file input is empty again after a trip to another view; this says which file is prepared. */}
          <p className="hint">Prepared from {file.name}; nothing is written before you import it.</p>
          <ImportPreviewView
            preview={preview}
            categories={categories}
            map={map}
            locale={locale}
            timeZone={timeZone}
            now={clock()}
            onMap={(project, target) => {
              const next = { ...map, [project]: target };
              change(file, { map: next });
              void runPreview(file, next);
            }}
          />
          {preview.problems.length > 0 && (
            <div className="choice">
              <input type="checkbox" id={ids.skip} checked={skipInvalid} onChange={(event) => change(file, { skipInvalid: event.target.checked })} />
              <label htmlFor={ids.skip}>Leave out the rows with problems and import the rest</label>
            </div>
          )}
          {preview.needsReason.length > 0 && (
            <div className="field">
              <label htmlFor={ids.reason}>Reason for work outside your windows or past a cap</label>
              <input
                id={ids.reason}
                type="text"
                maxLength={500}
                value={reason}
                aria-describedby={`${ids.reason}-hint`}
                onChange={(event) => change(file, { reason: event.target.value })}
              />
              <p className="hint" id={`${ids.reason}-hint`}>
                One reason for the {countWords(preview.needsReason.length, 'row', 'rows')} listed under “Work outside your windows or past a cap”; it is kept
                with each of them.
              </p>
            </div>
          )}
          <div className="form-actions">
            <button type="button" onClick={() => void apply()} aria-disabled={busy || undefined}>
              Import {countWords(preview.toImport, 'entry', 'entries')}
            </button>
            <button type="button" onClick={draft.clear}>
              Cancel
            </button>
          </div>
        </>
      )}
      <p role="status" className="saved">
        {progress ? `Importing: ${progress.stage}, ${progress.done} of ${countWords(progress.total, 'row', 'rows')}…` : done}
      </p>
    </div>
  );
}
