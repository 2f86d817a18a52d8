// Entries on disk: one file per UTC month of start (entries-2026-11.json), so a change rewrites only the months it
// touches, and a change that spans several months is journaled so it lands whole or not at all.
//
// Why a journal rather than careful write ordering: a change to two months (an entry moved from November to
// December, or an import) is two file writes, and a crash between them would leave half a change. So such a change
// first writes `entries-journal.json` holding the complete new contents of every shard it touches (one atomic
// write: the commit point), then the shards, then removes the journal. A start that finds a journal writes its
// shards again; replaying whole shard contents is idempotent, so a crash during the replay is harmless too. A change
// to a single month is one atomic write and needs no journal, which keeps the common case (a timer stop) one write.
import type { Entry } from '../../shared/model';
import { AppError } from '../../shared/result';
import { backupName, DOCUMENT_NAMES, type DocumentOf } from './documents';
import { shardName } from './documentNames';
import type { DocumentWriter } from './documentWriter';
import { ShardIndex, type EntryChange } from './shardIndex';
import { CURRENT_DATA_VERSION, messageOf } from './migrations';
import { moveAside, resolveDocument, type Inspected, type Inspection } from './recovery';

const JOURNAL = DOCUMENT_NAMES.journal;

export { listShardMonths, shardName } from './documentNames';

export interface FoundEntryFiles {
  shards: ReadonlyArray<Inspected<'entries'>>;
  journal: Inspection<DocumentOf<'journal'>>;
}

/** The new contents of the month files a change touches, and what those files hold now (their backups-to-be). */
export interface PendingShards {
  images: Map<string, Entry[]>;
  previous: Map<string, DocumentOf<'entries'> | undefined>;
}

export class EntryShards {
  readonly #writer: DocumentWriter;
  readonly #index: ShardIndex;
  /** A journal is on disk until its shards are all written: every later change must go through a journal too. */
  #journalOnDisk: boolean;
  /** Months whose file does not hold what the index holds (restored from a backup, replayed, or a failed write). */
  readonly #unsaved: Set<string>;
  /** The store's notices: where a failure after the commit point is told, since the change itself has succeeded. */
  readonly #notices: string[];

  private constructor(writer: DocumentWriter, index: ShardIndex, journalOnDisk: boolean, unsaved: Set<string>, notices: string[]) {
    this.#writer = writer;
    this.#index = index;
    this.#journalOnDisk = journalOnDisk;
    this.#unsaved = unsaved;
    this.#notices = notices;
  }

  /** Recovers every shard, replays an interrupted change, and writes back what recovery changed. */
  static load(found: FoundEntryFiles, writer: DocumentWriter, now: number, notices: string[]): EntryShards {
    const loaded: Array<{ month: string; entries: Entry[]; writtenAt: number }> = [];
    const unsaved = new Set<string>();
    for (const shard of found.shards) {
      const month = shard.name.slice('entries-'.length);
      const { doc, restore } = resolveDocument(shard, now, notices);
      writer.markChecked(shard.name, ...(shard.backup ? [backupName(shard.name)] : []));
      const source = shard.main.state === 'ok' ? shard.main : shard.backup?.state === 'ok' ? shard.backup : undefined;
      if (doc && source) loaded.push({ month, entries: doc.entries, writtenAt: source.mtimeMs });
      if (restore) unsaved.add(month);
    }
    // Oldest-written first, so if a lost journal ever left an entry in two shards, the copy saved last wins.
    loaded.sort((a, b) => a.writtenAt - b.writtenAt);
    const contents = new Map(loaded.map(({ month, entries }) => [month, entries]));

    const { journal } = found;
    writer.markChecked(JOURNAL);
    let journalOnDisk = false;
    if (journal.state === 'ok') {
      for (const [month, entries] of Object.entries(journal.doc.shards)) {
        contents.delete(month); // re-inserted last: the journal is newer than any shard file
        contents.set(month, entries);
        unsaved.add(month);
      }
      journalOnDisk = true;
    } else if (journal.state === 'bad') {
      const moved = moveAside(journal.path, now);
      notices.push(
        `A change to your entries was interrupted and its record, entries-journal.json, could not be used (${journal.reason}). ` +
          `It was moved aside to ${moved}; your entries are as the month files last saved them.`,
      );
    }

    const { index, duplicates } = ShardIndex.fromShards([...contents]);
    if (duplicates.length > 0) {
      notices.push(`${duplicates.length} entries were stored in two month files (an interrupted change); the copy saved last was kept.`);
    }
    const shards = new EntryShards(writer, index, journalOnDisk, unsaved, notices);
    shards.#checkpoint(new Map());
    return shards;
  }

  get index(): ShardIndex {
    return this.#index;
  }

  /** Applies a change of validated entries: memory changes only once the change is safely on disk. */
  apply(change: EntryChange): void {
    const images = this.#index.pendingShards(change);
    if (images.size === 0) return;
    for (const month of this.#unsaved) if (!images.has(month)) images.set(month, this.#index.shard(month));
    const previous = new Map([...images.keys()].map((month) => [month, this.#onDisk(month)]));

    if (images.size === 1 && !this.#journalOnDisk) {
      const [[month, entries]] = images;
      this.#writer.save(shardName(month), 'entries', { dataVersion: CURRENT_DATA_VERSION, entries }, previous.get(month));
      this.#index.replaceShards(images);
      this.#unsaved.delete(month);
      return;
    }
    this.#writer.saveWithoutBackup(JOURNAL, 'journal', { dataVersion: CURRENT_DATA_VERSION, shards: Object.fromEntries(images) });
    this.#journalOnDisk = true;
    // The change is committed: from here a crash replays the journal at the next start.
    this.#index.replaceShards(images);
    for (const month of images.keys()) this.#unsaved.add(month);
    this.#checkpoint(previous);
  }

  /**
   * The full new contents of every month file a replacement of all entries by `entries` touches (months left empty
   * included), and what those files hold now (their backups-to-be), without changing anything: for a whole-data
   * change, whose own journal (dataJournal.ts) carries these months.
   */
  pendingReplacement(entries: readonly Entry[]): PendingShards {
    return this.#pendingOf(this.#index.pendingShards(this.#replacement(entries)));
  }

  /** The same for entries added beside (or replacing, by id) the ones kept, and some removed: only the months they touch. */
  pendingAddition(entries: readonly Entry[], remove: readonly string[] = []): PendingShards {
    return this.#pendingOf(this.#index.pendingShards({ put: entries, remove }));
  }

  /** Either of the above, awaiting `pause` between pieces of work (an import of many entries). */
  async pendingInSteps(entries: { replace: readonly Entry[] } | { add: readonly Entry[]; remove?: readonly string[] }, pause: () => Promise<void>): Promise<PendingShards> {
    const change = 'replace' in entries ? this.#replacement(entries.replace) : { put: entries.add, remove: entries.remove ?? [] };
    return this.#pendingOf(await this.#index.pendingShardsInSteps(change, pause));
  }

  #replacement(entries: readonly Entry[]): EntryChange {
    const keep = new Set(entries.map((e) => e.id));
    return { put: entries, remove: this.#index.all().flatMap((e) => (keep.has(e.id) ? [] : [e.id])) };
  }

  #pendingOf(images: Map<string, Entry[]>): PendingShards {
    for (const month of this.#unsaved) if (!images.has(month)) images.set(month, this.#index.shard(month));
    return { images, previous: new Map([...images.keys()].map((month) => [month, this.#onDisk(month)])) };
  }

  /**
   * `adopt` for contents of many entries, its work done beforehand with pauses: answers the quick synchronous step
   * that adopts them, to be taken only while the entries are still as they were when this was called.
   */
  async prepareAdopt(images: ReadonlyMap<string, readonly Entry[]>, pause: () => Promise<void>): Promise<() => void> {
    const replace = await this.#index.prepareReplaceShards(images, pause);
    return () => {
      replace();
      for (const month of images.keys()) this.#unsaved.add(month);
    };
  }

  /** This month's file now holds what the index holds (a staged write of adopted contents was committed). */
  markWritten(month: string): void {
    this.#unsaved.delete(month);
  }

  /** Memory takes shard contents another journal has committed; `settle` then writes them. */
  adopt(images: ReadonlyMap<string, readonly Entry[]>): void {
    this.#index.replaceShards(images);
    for (const month of images.keys()) this.#unsaved.add(month);
  }

  /**
   * Writes again the month files a failed write left to the journal (the change itself is safe in the journal), and
   * drops the journal once they are all written. Does nothing when every file already holds what memory holds.
   * Returns whether anything is still left for the journal to replay at the next start.
   */
  settle(previous: ReadonlyMap<string, DocumentOf<'entries'> | undefined> = new Map()): boolean {
    if (this.#unsaved.size > 0 || this.#journalOnDisk) this.#checkpoint(previous);
    return this.#unsaved.size > 0 || this.#journalOnDisk;
  }

  /** What a shard's file holds, when that is known to equal the index: it becomes the backup before an overwrite. */
  #onDisk(month: string): DocumentOf<'entries'> | undefined {
    if (this.#unsaved.has(month) || !this.#index.hasShard(month)) return undefined;
    return { dataVersion: CURRENT_DATA_VERSION, entries: this.#index.shard(month) };
  }

  /** Writes every unsaved shard, then drops the journal that covered them. */
  #checkpoint(previous: ReadonlyMap<string, DocumentOf<'entries'> | undefined>): void {
    try {
      for (const month of [...this.#unsaved].sort()) {
        this.#writer.save(shardName(month), 'entries', { dataVersion: CURRENT_DATA_VERSION, entries: this.#index.shard(month) }, previous.get(month));
        this.#unsaved.delete(month);
      }
      if (this.#journalOnDisk) {
        this.#writer.remove(JOURNAL);
        this.#journalOnDisk = false;
      }
    } catch (error) {
      // The journal (or, for a restore, the backup) still holds these shards, so nothing is lost: the next change
      // writes them again and the next start replays the journal. The change itself has succeeded, so no error of
      // this phase, whatever its kind, may report it as failed; one that is not the disk refusing a write (which
      // the journal exists for) is told in a notice, so it is not lost either.
      if (!(error instanceof AppError && error.code === 'storage')) {
        this.#notices.push(
          `Your last change to your entries was saved (held by ${JOURNAL}.json), but writing its month files then failed: ` +
            `${messageOf(error)}. Timelock writes them again with the next change and at the next start.`,
        );
      }
    }
  }
}
