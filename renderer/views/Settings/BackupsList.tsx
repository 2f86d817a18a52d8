// The backups kept in the data folder, newest first: make one now, or restore one (after a confirmation; the
// current data is backed up first by the main process).
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/transferModel';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { formatMoment } from '../../format/formatClock';
import { refreshFigures } from '../../state/subscribeEvents';
import { ErrorMessage } from '../shell/ErrorMessage';
import { countWords } from '../../../shared/domain/words';
import { numberFormat } from '../../format/intlFormats';

const KINDS: Record<BackupInfo['kind'], string> = { daily: 'Daily', manual: 'Made by hand', 'before-restore': 'Before a restore' };

export function BackupsList() {
  const { stores, locale, clock } = useAppEnv();
  const backups = useSlice('transfer', (state) => state.backups);
  const status = useSlice('transfer', (state) => state.backupsStatus);
  const loadError = useSlice('transfer', (state) => state.backupsError);
  const timeZone = useAppState((state) => state.settings?.timeZone ?? 'UTC');
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string; details?: string[] } | null>(null);
  useEffect(() => void stores.transfer.getState().loadBackups(), [stores]);
  const size = numberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });

  const backUp = async () => {
    const result = await stores.transfer.getState().createBackup();
    setMessage(result.ok ? { kind: 'saved', text: `Backed up: ${result.value.id}.` } : { kind: 'error', text: describeError(result.error) });
  };
  const restore = async (backup: BackupInfo) => {
    const when = formatMoment(backup.createdAt, locale, timeZone, clock());
    const ok = await stores.prompts.getState().confirm({
      title: 'Restore this backup?',
      message: `All your data is replaced by the backup of ${when}. Your current data is backed up first, so this can be undone by restoring that backup.`,
      confirmLabel: 'Restore backup',
    });
    if (!ok) return;
    const result = await stores.transfer.getState().restore(backup.id);
    if (!result.ok) return setMessage({ kind: 'error', text: describeError(result.error) });
    await stores.app.getState().load();
    refreshFigures(stores);
    const { entries, categories, safetyBackup, settings, kept, warnings } = result.value;
    const text = `Restored the backup of ${when}: ${countWords(entries, 'entry', 'entries')}, ${countWords(categories, 'category', 'categories')}. Your data before the restore is kept as ${safetyBackup.id}.`;
    setMessage({ kind: 'saved', text, details: [...(settings ? [settings] : []), ...kept, ...warnings] });
  };

  return (
    <div className="backups" aria-labelledby="backups-heading" role="group">
      <h4 id="backups-heading">Backups</h4>
      <button type="button" onClick={() => void backUp()}>
        Back up now
      </button>
      {loadError && <ErrorMessage error={loadError} />}
      {status === 'ready' && backups.length === 0 && <p className="empty">No backups yet. Timelock makes one each day; “Back up now” makes one at once.</p>}
      {backups.length > 0 && (
        <table className="backups-table">
          <caption className="sr-only">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Kind</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <th scope="row">{formatMoment(backup.createdAt, locale, timeZone, clock())}</th>
                <td>{KINDS[backup.kind]}</td>
                <td>{size.format(Math.max(1, Math.round(backup.sizeBytes / 1024)))}</td>
                <td>
                  <button type="button" aria-label={`Restore the backup of ${formatMoment(backup.createdAt, locale, timeZone, clock())}`} onClick={() => void restore(backup)}>
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {message?.kind === 'error' && <ErrorMessage error={message.text} onDismiss={() => setMessage(null)} />}
      <div role="status" className="saved">
        {message?.kind === 'saved' && (
          <>
            <p>{message.text}</p>
            {message.details && message.details.length > 0 && (
              <ul>
                {message.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
