// Backups of the whole data, one JSON file each in the data folder's backups/: one a day (the hosts call ensureDaily
// at start and the scheduler at each new day), more on request and before every restore. Each kind has its own
// quota (shared/domain/backupRetention.ts), so manual backups never push a daily out. The kind is in the file name:
// `timelock-DATE` daily, `timelock-DATE-TIME` manual, `timelock-DATE-TIME-before-restore`.
// A restore backs up the current data first, then replaces it through the DataStore in one atomic change; on a synced
// computer it keeps what another computer saved (keepOthersSaved.ts), since the change goes to every computer.
import path from 'node:path';
import { backupsToKeep } from '../../shared/domain/backupRetention';
import { formatDate, toLocal } from '../../shared/domain/time';
import { AppError } from '../../shared/result';
import type { BackupInfo, RestoreResult } from '../../shared/transferModel';
import type { BackupFile, BackupFolder } from '../storage/backupFolder';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';
import { buildTimelockData, entriesProblems, readTimelockData, type TimelockData } from './export/timelockDataDocument';
import { keepOthersSaved, type SavedBy } from './keepOthersSaved';
import { broughtBackWords, keptWords, settingsReplacedWords } from './restoreWords';

/** Far beyond any real data (25,000 entries make about 6 MB), and a bound on what a path can make us read. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

type BackupKind = BackupInfo['kind'];

/** Without sync no record is another computer's. */
const NO_SYNC: SavedBy = () => null;

export class BackupService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly folder: BackupFolder,
    /** Sync's answer for a record (SyncService.savedElsewhere): which other computer saved the version shown here. */
    private readonly savedBy: SavedBy = NO_SYNC,
  ) {}

  /** Newest first. */
  list(): BackupInfo[] {
    return this.folder
      .list()
      .map(infoOf)
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }

  create(kind: BackupKind = 'manual', now = this.ctx.clock.now(), keep?: string): BackupInfo {
    const store = this.ctx.store;
    const local = toLocal(now, store.getSettings().timeZone);
    const date = formatDate(local);
    const time = [local.hour, local.minute, local.second].map((n) => String(n).padStart(2, '0')).join('');
    const base = kind === 'daily' ? `timelock-${date}` : `timelock-${date}-${time}${kind === 'before-restore' ? '-before-restore' : ''}`;
    const existing = this.list();
    const taken = new Set(existing.map((b) => b.id));
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    const made = infoOf(this.folder.write(name, JSON.stringify(buildTimelockData(store, now, null))));
    this.rotate([made, ...existing], keep);
    return made;
  }

  /**
   * The daily backup: made unless today's (local date) exists. A manual backup does not stand in for it: manual ones
   * rotate by their own count and could leave the day with none. Never throws: a backup that cannot be written must
   * not stop the app, so it says so in a notice instead.
   */
  ensureDaily(now = this.ctx.clock.now()): BackupInfo | null {
    try {
      const today = `timelock-${formatDate(toLocal(now, this.ctx.store.getSettings().timeZone))}`;
      if (this.folder.list().some((f) => f.name === today)) return null;
      return this.create('daily', now);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.ctx.bus.emit('notice', { level: 'warning', message: `Today's backup could not be made: ${message}` });
      return null;
    }
  }

  restore(id: string): RestoreResult {
    if (!this.folder.list().some((f) => f.name === id)) throw new AppError('not-found', `There is no backup ${id}. The list of backups names the ones kept.`);
    return this.restoreText(this.folder.read(id), id, id);
  }

  /**
   * Restores from a file outside the backups folder. The path is checked before anything is read (absolute, a
   * .json file, a size a backup can have) and the contents are checked whole against the backup schema; a file that
   * is not a Timelock backup is refused without quoting it, so a path cannot be used to read other files.
   */
  restoreFile(filePath: string): RestoreResult {
    if (!path.isAbsolute(filePath)) throw new AppError('bad-request', `Give the backup file's full path; ${filePath} is relative.`);
    if (path.extname(filePath).toLowerCase() !== '.json') throw new AppError('bad-request', `${filePath} is not a .json file; Timelock backups are.`);
    return this.restoreText(this.folder.readOutside(filePath, MAX_BACKUP_BYTES), filePath);
  }

  handlers(): HandlerSet {
    return {
      'backup.create': () => this.create('manual'),
      'backup.list': () => this.list(),
      'backup.restore': ({ id }) => this.restore(id),
      'backup.restoreFile': ({ path: filePath }) => this.restoreFile(filePath),
    };
  }

  private restoreText(text: string, from: string, keep?: string): RestoreResult {
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      throw new AppError('bad-request', `${from} is not a Timelock backup: it is not valid JSON.`);
    }
    const read = readTimelockData(raw);
    if (!read.ok) throw new AppError('bad-request', `${from} is not a Timelock backup: ${read.reason}.`);
    const data = read.data;
    if (data.range !== null) {
      const days = `${data.range.from ?? 'the start'} to ${data.range.to ?? 'the end'}`;
      throw new AppError('bad-request', `${from} is an export of ${days} only, not a backup of everything. Import it instead to add its entries.`);
    }
    // Checked before the backup of the current data is made: a refused restore leaves the backups folder as it was too.
    const problems = entriesProblems(data.entries);
    if (problems.length > 0) {
      const said = problems.length === 1 ? problems[0]!.message : `${problems.length} of its entries cannot be kept as they are, listed by entry.`;
      throw new AppError('bad-request', `${from} was not restored: ${said} Your data is unchanged.`, { issues: problems, details: { problems: problems.length } });
    }
    if (this.ctx.store.getTimer()) throw new AppError('conflict', 'A timer is running. Stop it before restoring: a restore replaces every entry.');

    const safety = this.create('before-restore', this.ctx.clock.now(), keep);
    let told: ReturnType<BackupService['replaceAll']>;
    try {
      told = this.replaceAll(data);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new AppError('storage', `The restore did not happen: ${message} Your data is unchanged (and also in the backup ${safety.id}).`);
    }
    this.ctx.bus.emit('data.changed', { what: ['settings', 'categories', 'entries', 'nudges', 'unlocks', 'checkins', 'timeboxes'] });
    return { restoredFrom: from, safetyBackup: safety, entries: data.entries.length, categories: data.categories.length, ...told };
  }

  /**
   * Every part in one atomic DataStore change, so a failure part-way leaves the data as it was, never a mix. The
   * nudge history and unlocks can only grow: what was recorded after the backup is kept. So is every record another
   * computer saved (keepOthersSaved): the restore's changes reach every computer through sync.
   */
  private replaceAll(backup: TimelockData): { settings: string; kept: string[]; warnings: string[] } {
    const store = this.ctx.store;
    const before = store.getSettings();
    const current = { settings: before, categories: store.getCategories(), entries: store.getEntries(), checkIns: store.getCheckIns(), timeboxes: store.getTimeboxes() };
    const { data, kept, broughtBack } = keepOthersSaved(backup, current, this.savedBy);
    const currentLog = store.getNudgeLog();
    const currentUnlocks = store.getUnlocks();
    const logIds = new Set(currentLog.map((n) => n.id));
    const unlockIds = new Set(currentUnlocks.map((u) => u.id));
    const backupNudges = new Set(data.nudges.log.map((n) => n.id));
    const backupUnlocks = new Set(data.nudges.unlocks.map((u) => u.id));
    const laterNudges = currentLog.filter((n) => !backupNudges.has(n.id)).length;
    const laterUnlocks = currentUnlocks.filter((u) => !backupUnlocks.has(u.id)).length;
    const keptPlan = !data.timeboxes && store.getTimeboxes().length > 0;

    store.replaceAll({
      settings: data.settings,
      categories: data.categories,
      entries: data.entries,
      nudgeLog: [...currentLog, ...data.nudges.log.filter((n) => !logIds.has(n.id))],
      snoozes: data.nudges.snoozes,
      unlocks: [...currentUnlocks, ...data.nudges.unlocks.filter((u) => !unlockIds.has(u.id))],
      checkIns: data.checkIns,
      ...(data.timeboxes ? { timeboxes: data.timeboxes } : {}),
    });

    const warnings =
      laterNudges + laterUnlocks > 0 ? [`${laterNudges} nudge(s) and ${laterUnlocks} unlock(s) recorded after the backup were kept: that history only grows.`] : [];
    if (keptPlan) warnings.push('The backup was made before Timelock had plans, so your current plan (timeboxes) was kept.');
    return { settings: settingsReplacedWords(before, data.settings), kept: [...keptWords(kept, backup.createdAt), ...broughtBackWords(broughtBack, backup.createdAt)], warnings };
  }

  /** Keeps what the retention rule keeps, and the one being restored, which must outlive the backup made before it. */
  private rotate(all: BackupInfo[], keep?: string): void {
    const { timeZone, weekStartsOn } = this.ctx.store.getSettings();
    const kept = backupsToKeep(all, { timeZone, weekStartsOn });
    for (const old of all) if (!kept.has(old.id) && old.id !== keep) this.folder.remove(old.id);
  }
}

function infoOf(file: BackupFile): BackupInfo {
  const createdAt = Number(/"createdAt"\s*:\s*(\d+)/.exec(file.head)?.[1] ?? 0);
  const kind: BackupKind = /-before-restore(-\d+)?$/.test(file.name) ? 'before-restore' : /^timelock-\d{4}-\d{2}-\d{2}$/.test(file.name) ? 'daily' : 'manual';
  return { id: file.name, kind, createdAt, path: file.path, sizeBytes: file.sizeBytes };
}
