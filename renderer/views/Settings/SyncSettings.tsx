// Settings → Sync: one record across computers through a folder a sync tool already shares. Every button here is a
// command that acts at once and says what it did (not the page's Save): set up, rename this computer, sync now,
// resolve a conflict, turn off. A folder or name typed and not applied yet is kept like the page's drafts.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../shared/result';
import { countWords } from '../../../shared/domain/words';
import { entryVersionWords } from '../../../shared/sync/entryVersionWords';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { formatClockRange, formatDay, formatMoment } from '../../format/formatClock';
import type { KeepChoice, SyncConflictItem, SyncRound, SyncStatusView } from '../../state/syncStore';
import { ErrorMessage } from '../shell/ErrorMessage';
import { useTypedDraft } from './useTypedDraft';

const NO_SETUP = { folder: '', name: '' };

type Outcome = { kind: 'saved'; text: string } | { kind: 'error'; error: AppErrorShape } | null;

export function describeRound(round: SyncRound): string {
  const took = round.applied ? `took in ${countWords(round.applied, 'change', 'changes')}` : 'nothing new to take in';
  const sent = round.written ? `sent ${countWords(round.written, 'change', 'changes')}` : 'nothing to send';
  const open = round.conflicts ? ` ${countWords(round.conflicts, 'conflict', 'conflicts')} to resolve below.` : '';
  return `Synced: ${took}, ${sent}.${open}`;
}

/** The changes waiting in the folder and here; each round (the folder watch, Sync now) brings both to none. */
export function waitingWords({ toSend, toTakeIn }: SyncStatusView['waiting']): string {
  if (!toSend && !toTakeIn) return 'No changes waiting: this computer and the sync folder are in step.';
  const parts = [
    ...(toTakeIn ? [`${countWords(toTakeIn, 'change', 'changes')} from the other computers to take in`] : []),
    ...(toSend ? [`${countWords(toSend, 'change', 'changes')} of this computer's to write to the folder`] : []),
  ];
  return `Changes waiting: ${parts.join(', ')}.`;
}

export function SyncSettings() {
  const { stores } = useAppEnv();
  const phase = useSlice('sync', (state) => state.phase);
  const status = useSlice('sync', (state) => state.status);
  const loadError = useSlice('sync', (state) => state.loadError);
  const [outcome, setOutcome] = useState<Outcome>(null);
  useEffect(() => void stores.sync.getState().refresh(), [stores]);

  const report = (result: { ok: true; text: string } | { ok: false; error: AppErrorShape }) =>
    setOutcome(result.ok ? { kind: 'saved', text: result.text } : { kind: 'error', error: result.error });

  return (
    <div className="sync-settings">
      {phase === 'loading' && <p>Reading the sync status…</p>}
      {loadError && <ErrorMessage error={loadError} />}
      {phase === 'off' && <SyncSetupForm onDone={report} />}
      {phase === 'on' && status && <SyncOn status={status} onDone={report} />}
      {outcome?.kind === 'error' && <ErrorMessage error={outcome.error} onDismiss={() => setOutcome(null)} />}
      <p role="status" className="saved">
        {outcome?.kind === 'saved' ? outcome.text : ''}
      </p>
    </div>
  );
}

type Done = (result: { ok: true; text: string } | { ok: false; error: AppErrorShape }) => void;

function SyncSetupForm({ onDone }: { onDone: Done }) {
  const { stores, host } = useAppEnv();
  const id = useId();
  // Kept as a draft, so a typed folder survives leaving Settings and counts as unsaved until sync is on.
  const draft = useTypedDraft('sync-setup', 'Set up sync', NO_SETUP);
  const { folder, name } = draft.value;
  const folderField = useRef<HTMLInputElement>(null);
  // The desktop app's folder dialog fills the field; the browser host has none, and the path is typed.
  const choose = async () => {
    const result = await stores.sync.getState().chooseFolder();
    if (!result.ok) return onDone(result);
    if (result.value.folder !== null) draft.set({ ...draft.value, folder: result.value.folder });
    folderField.current?.focus();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await stores.sync.getState().setup(folder.trim(), name.trim() || undefined);
    if (result.ok) draft.clear();
    onDone(result.ok ? { ok: true, text: `Sync is on: this computer is “${result.value.device.name}”, syncing through ${result.value.folder}.` } : result);
  };
  return (
    <form className="sync-setup" aria-label="Set up sync" onSubmit={(event) => void submit(event)}>
      <p className="hint">
        Choose a folder your sync tool (Syncthing, Nextcloud, Dropbox, iCloud Drive, a USB stick) already shares between your computers. Each computer writes only its
        own files there; nothing goes anywhere else.
      </p>
      <label htmlFor={`${id}-folder`}>Sync folder (full path)</label>
      <div className="sync-folder-field">
        <input
          ref={folderField}
          id={`${id}-folder`}
          type="text"
          required
          spellCheck={false}
          autoComplete="off"
          value={folder}
          onChange={(e) => draft.set({ ...draft.value, folder: e.target.value })}
          placeholder="/home/ada/Sync/timelock"
        />
        {host === 'electron' && (
          <button type="button" onClick={() => void choose()}>
            Choose…
          </button>
        )}
      </div>
      <label htmlFor={`${id}-name`}>Name of this computer</label>
      <input id={`${id}-name`} type="text" maxLength={80} autoComplete="off" value={name} onChange={(e) => draft.set({ ...draft.value, name: e.target.value })} placeholder="Work laptop" />
      <div className="form-actions">
        <button type="submit">Turn sync on</button>
      </div>
    </form>
  );
}

function SyncOn({ status, onDone }: { status: SyncStatusView; onDone: Done }) {
  const { stores, locale, clock } = useAppEnv();
  const timeZone = useAppState((state) => state.settings?.timeZone ?? 'UTC');
  const conflicts = useSlice('sync', (state) => state.conflicts);
  const id = useId();
  const draft = useTypedDraft('sync-rename', 'Name this computer', status.device.name);
  const name = draft.value;
  // The newer-Timelock problem is said in full above.
  const problems = status.needsUpdate > 0 ? status.problems.slice(1) : status.problems;
  const names = new Map([[status.device.id, `${status.device.name} (this computer)`], ...status.devices.map((d) => [d.id, d.name] as const)]);

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const result = await stores.sync.getState().setup(status.folder, name.trim() || undefined);
    if (result.ok) draft.clear();
    onDone(result.ok ? { ok: true, text: `This computer is now called “${result.value.device.name}”.` } : result);
  };
  const syncNow = async () => {
    const result = await stores.sync.getState().now();
    onDone(result.ok ? { ok: true, text: describeRound(result.value) } : result);
  };
  const turnOff = async () => {
    const result = await stores.sync.getState().off();
    // The rename form goes with sync: a name typed there has nothing left to apply to.
    if (result.ok) draft.clear();
    onDone(result.ok ? { ok: true, text: `Sync is off. The data here and the files in ${result.value.folder} both stay complete.` } : result);
  };

  return (
    <>
      <p>
        Syncing through <code className="path">{status.folder}</code>
      </p>
      <form className="sync-rename settings-form" aria-label="Name this computer" onSubmit={(event) => void rename(event)}>
        <label htmlFor={`${id}-name`}>Name of this computer</label>
        <input id={`${id}-name`} type="text" required maxLength={80} autoComplete="off" value={name} onChange={(e) => draft.set(e.target.value)} />
        <button type="submit">Rename</button>
      </form>
      <h4 id={`${id}-others`}>Other computers</h4>
      {status.devices.length === 0 ? (
        <p className="empty">No other computer has synced through this folder yet. Set sync up there with the same folder.</p>
      ) : (
        <ul aria-labelledby={`${id}-others`}>
          {status.devices.map((device) => (
            <li key={device.id}>
              {device.name}: last seen {formatMoment(device.lastSeen, locale, timeZone, clock())}
            </li>
          ))}
        </ul>
      )}
      <p>{waitingWords(status.waiting)}</p>
      {status.needsUpdate > 0 && <p>{countWords(status.needsUpdate, 'change is', 'changes are')} waiting: they come from a newer Timelock. Update Timelock on this computer to take them in.</p>}
      {problems.length > 0 && (
        <ul className="sync-problems" aria-label="Sync problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <SyncConflicts conflicts={conflicts} names={names} self={status.device.id} onDone={onDone} />
      <div className="form-actions">
        <button type="button" onClick={() => void syncNow()}>
          Sync now
        </button>
        <button type="button" onClick={() => void turnOff()}>
          Turn sync off
        </button>
      </div>
    </>
  );
}

/** Which choices an overlap or two timers take: two timers cannot both be kept (an edited record: editedTwiceChoices). */
function choicesFor(conflict: SyncConflictItem): KeepChoice[] {
  return conflict.type === 'timers' ? ['this', 'other'] : ['this', 'other', 'both'];
}

const KEEP_LABELS: Record<KeepChoice, string> = { this: 'Keep this', other: 'Keep other', both: 'Keep both' };
const KEEP_DONE: Record<KeepChoice, string> = { this: 'Kept this computer’s version.', other: 'Kept the other computer’s version.', both: 'Kept both.' };

/**
 * A record edited on two computers: its `devices` are the computer whose version was kept, then the one whose was
 * not, and the service's `this` keeps the kept version and `other` restores the other, whichever computer asks. So
 * here each choice names the computer whose version it keeps (on the computer whose edit lost, "Keep this" would
 * keep the other computer's version and say it kept this one's).
 */
function editedTwiceChoices(conflict: SyncConflictItem, self: string, names: Map<string, string>): { keep: KeepChoice; label: string; done: string }[] {
  const whose = (device: string | undefined) => (device === self ? 'this computer’s' : `${device === undefined ? 'the other computer' : (names.get(device) ?? device)}’s`);
  const [keptBy, otherBy] = conflict.devices;
  const choices = [
    { keep: 'this' as const, label: `Keep ${whose(keptBy)} version`, done: `Kept ${whose(keptBy)} version.` },
    { keep: 'other' as const, label: `Keep ${whose(otherBy)} version`, done: `Kept ${whose(otherBy)} version.` },
  ];
  return conflict.kind === 'entry' ? [...choices, { keep: 'both', label: KEEP_LABELS.both, done: KEEP_DONE.both }] : choices;
}

/** The two versions of an entry edited (or deleted) on two computers, each with its computer: what the choices keep. */
function EntryVersions({ conflict, names }: { conflict: SyncConflictItem; names: Map<string, string> }) {
  const { locale } = useAppEnv();
  const timeZone = useAppState((state) => state.settings?.timeZone ?? 'UTC');
  const categories = useAppState((state) => state.categories);
  const categoryName = (id: string) => categories.find((c) => c.id === id)?.name ?? 'Unknown category';
  const span = (start: number, end: number) => `${formatDay(start, locale, timeZone)}, ${formatClockRange(start, end, locale, timeZone)}`;
  const describe = (version: unknown) => entryVersionWords(version, categoryName, span) ?? 'deleted it';
  const [keptBy, otherBy] = conflict.devices;
  const name = (device: string | undefined) => (device === undefined ? 'The other computer' : (names.get(device) ?? device));
  return (
    <ul className="sync-versions">
      <li>
        {name(keptBy)} (kept for now): {describe(conflict.kept)}
      </li>
      <li>
        {name(otherBy)}: {describe(conflict.other)}
      </li>
    </ul>
  );
}

function SyncConflicts({ conflicts, names, self, onDone }: { conflicts: SyncConflictItem[]; names: Map<string, string>; self: string; onDone: Done }) {
  const { stores } = useAppEnv();
  const id = useId();
  const resolve = async (conflict: SyncConflictItem, keep: KeepChoice, done: string) => {
    const result = await stores.sync.getState().resolve(conflict.id, keep);
    onDone(result.ok ? { ok: true, text: `${done} ${describeRound(result.value)}` } : result);
  };
  const choices = (conflict: SyncConflictItem) =>
    conflict.type === 'edited-twice' ? editedTwiceChoices(conflict, self, names) : choicesFor(conflict).map((keep) => ({ keep, label: KEEP_LABELS[keep], done: KEEP_DONE[keep] }));
  return (
    <>
      <h4 id={`${id}-conflicts`}>Conflicts</h4>
      {conflicts.length === 0 ? (
        <p className="empty">No conflicts: every computer agrees.</p>
      ) : (
        <ul className="sync-conflicts" aria-labelledby={`${id}-conflicts`}>
          {conflicts.map((conflict, i) => (
            <li key={conflict.id}>
              <div role="group" aria-labelledby={`${id}-c${i}`}>
                <p id={`${id}-c${i}`}>
                  {conflict.message} <span className="hint">({conflict.devices.map((d) => names.get(d) ?? d).join(' and ')})</span>
                </p>
                {conflict.type === 'edited-twice' && conflict.kind === 'entry' && <EntryVersions conflict={conflict} names={names} />}
                <div className="form-actions">
                  {choices(conflict).map(({ keep, label, done }) => (
                    <button key={keep} type="button" onClick={() => void resolve(conflict, keep, done)}>
                      {label}
                    </button>
                  ))}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
