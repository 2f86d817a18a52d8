// A whole-data change (a restore) in the running store: committed by the data journal (dataJournal.ts), taken into
// memory only then, written out document by document; until every file holds it, a later change to a document the
// journal covers first finishes it, since that later write would otherwise be undone by the journal's replay.
import type { Entry } from '../../shared/model';
import { AppError } from '../../shared/result';
import { commitDataJournal, DATA_JOURNAL, dataJournalPieces, type JournaledDocument, type JournaledKind } from './dataJournal';
import type { DocumentOf } from './documents';
import type { DocumentSlot, DocumentWriter, StagedWrite } from './documentWriter';
import { shardName, type EntryShards } from './entryShards';
import { CURRENT_DATA_VERSION, messageOf } from './migrations';

export interface StagedDocument<K extends JournaledKind> {
  slot: DocumentSlot<K>;
  doc: DocumentOf<K>;
}

/** The name `settleBefore` takes for a change to the entries (any month file). */
export const ENTRY_FILES = 'entries';

export class WholeDataChange {
  readonly #writer: DocumentWriter;
  readonly #slots: ReadonlyArray<DocumentSlot<JournaledKind>>;
  readonly #entries: EntryShards;
  readonly #notices: string[];
  /** While the journal is on disk: the documents it covers (slot names, and ENTRY_FILES for the month files). */
  #pending: Set<string> | null = null;
  #previousShards = new Map<string, DocumentOf<'entries'> | undefined>();

  constructor(writer: DocumentWriter, slots: ReadonlyArray<DocumentSlot<JournaledKind>>, entries: EntryShards, notices: string[]) {
    this.#writer = writer;
    this.#slots = slots;
    this.#entries = entries;
    this.#notices = notices;
  }

  /**
   * Replaces the staged documents, and all entries when `entries.replace` is given (or adds `entries.add` beside
   * them and removes `entries.remove`), in one step. Throws with memory and disk
   * unchanged when the commit fails; once committed it never throws (a failure to write the files after it is
   * finished by the next change or start, and told in a notice when it is not the disk refusing).
   */
  apply(staged: ReadonlyArray<StagedDocument<JournaledKind>>, entries?: { replace: readonly Entry[] } | { add: readonly Entry[]; remove?: readonly string[] }): void {
    if (this.#pending) this.#finishOrRefuse();
    const shards = entries && ('replace' in entries ? this.#entries.pendingReplacement(entries.replace) : this.#entries.pendingAddition(entries.add, entries.remove));
    const documents: JournaledDocument[] = [
      ...staged.map(({ slot, doc }) => ({ name: slot.name, kind: slot.kind, doc })),
      ...[...(shards?.images ?? [])].map(([month, list]) => ({ name: shardName(month), kind: 'entries' as const, doc: { dataVersion: CURRENT_DATA_VERSION, entries: list } })),
    ];
    if (documents.length === 0) return;
    const committed = commitDataJournal(this.#writer, documents);
    // The commit point: from here a crash replays the journal at the next start, so memory may follow.
    this.#pending = new Set([...staged.map(({ slot }) => slot.name), ...(shards ? [ENTRY_FILES] : [])]);
    staged.forEach(({ slot }, i) => slot.adopt(committed[i]!));
    if (shards) {
      this.#entries.adopt(shards.images);
      this.#previousShards = shards.previous;
    }
    this.#finish();
  }

  /**
   * `apply` for a change too large to make in one go (an import of many entries), never holding the event loop for
   * long: its files (each document, each month, their backups and the journal) are checked and written beside their
   * places with `pause` awaited between pieces of work, and the disk's work done off the main thread. Then, in one
   * synchronous step, and only if `unchanged()` says nothing it was built from changed meanwhile: the journal is
   * renamed into place (the commit point, as in `apply`), memory takes the change, and every file is renamed into
   * place. So other requests see the data before or after, never part of it, and a crash at any point leaves the old
   * or the new. Resolves false, having changed nothing, when `unchanged()` fails; rejects, having changed nothing,
   * when the change cannot be committed. A backend that cannot stage files gets `apply`.
   */
  async applyInSteps(
    staged: ReadonlyArray<StagedDocument<JournaledKind>>,
    entries: { replace: readonly Entry[] } | { add: readonly Entry[]; remove?: readonly string[] } | undefined,
    options: { pause: () => Promise<void>; unchanged: () => boolean },
  ): Promise<boolean> {
    if (!this.#writer.canStage) {
      if (!options.unchanged()) return false;
      this.apply(staged, entries);
      return true;
    }
    const { pause } = options;
    if (this.#pending) this.#finishOrRefuse();
    const shards = entries && (await this.#entries.pendingInSteps(entries, pause));
    const months = [...(shards?.images ?? [])];
    const writes: Array<StagedWrite<JournaledKind>> = [];
    const discard = () => writes.forEach((write) => write.discard());
    let journal: StagedWrite<'dataJournal'> | undefined;
    let adoptEntries: (() => void) | undefined;
    try {
      for (const { slot, doc } of staged) {
        writes.push(await this.#writer.stage(slot.name, slot.kind, doc, slot.fileValue));
        await pause();
      }
      for (const [month, list] of months) {
        writes.push(await this.#writer.stage(shardName(month), 'entries', { dataVersion: CURRENT_DATA_VERSION, entries: list }, shards!.previous.get(month)));
        await pause();
      }
      const documents: JournaledDocument[] = [
        ...staged.map(({ slot }, i) => ({ name: slot.name, kind: slot.kind, doc: writes[i]!.doc })),
        ...months.map(([month], i) => ({ name: shardName(month), kind: 'entries' as const, doc: writes[staged.length + i]!.doc })),
      ];
      if (documents.length === 0) return true;
      const whole = { dataVersion: CURRENT_DATA_VERSION, documents } as DocumentOf<'dataJournal'>;
      journal = await this.#writer.stage(DATA_JOURNAL, 'dataJournal', whole, undefined, dataJournalPieces(documents));
      adoptEntries = shards && (await this.#entries.prepareAdopt(shards.images, pause));
    } catch (error) {
      discard();
      journal?.discard();
      throw error;
    }
    // From here to the end, one synchronous step: nothing else runs between the check and the last rename.
    if (this.#pending || !options.unchanged()) {
      discard();
      journal.discard();
      return false;
    }
    try {
      journal.commit();
    } catch (error) {
      discard();
      throw error;
    }
    // The commit point: from here a crash replays the journal at the next start, so memory may follow.
    this.#pending = new Set([...staged.map(({ slot }) => slot.name), ...(shards ? [ENTRY_FILES] : [])]);
    staged.forEach(({ slot }, i) => slot.adopt(writes[i]!.doc));
    if (shards) {
      adoptEntries!();
      this.#previousShards = shards.previous;
    }
    let at = 0;
    try {
      for (; at < writes.length; at++) {
        writes[at]!.commit();
        if (at < staged.length) staged[at]!.slot.markWritten();
        else this.#entries.markWritten(months[at - staged.length]![0]);
      }
    } catch {
      // The journal holds what is left: `#finish` writes it now, or the next change or start does.
      writes.slice(at + 1).forEach((write) => write.discard());
    }
    this.#finish();
    return true;
  }

  /** Before a change to one document (or ENTRY_FILES): finishes a whole-data change that covers it, or refuses. */
  settleBefore(name: string): void {
    if (this.#pending?.has(name)) this.#finishOrRefuse();
  }

  /** Writes what is left of a committed change (before a quit); never throws. */
  settle(): void {
    if (this.#pending) this.#finish();
  }

  #finishOrRefuse(): void {
    this.#finish();
    if (this.#pending) {
      throw new AppError(
        'storage',
        `Timelock could not finish writing the data you restored, so this change was not saved. The restore itself is safe ` +
          `(${DATA_JOURNAL}.json holds it) and is finished at the next start.`,
      );
    }
  }

  #finish(): void {
    const pending = this.#pending;
    if (!pending) return;
    try {
      for (const slot of this.#slots) if (pending.has(slot.name)) slot.writeBack();
      // settle drops the entries journal too: it is older than this change, which holds every month it holds.
      if (pending.has(ENTRY_FILES) && this.#entries.settle(this.#previousShards)) return;
      this.#writer.remove(DATA_JOURNAL);
      this.#pending = null;
      this.#previousShards = new Map();
    } catch (error) {
      // The change is committed: nothing here may report it as failed. The disk refusing is what the journal is
      // for; anything else is told, and the next change or start tries again.
      if (!(error instanceof AppError && error.code === 'storage')) {
        this.#notices.push(`Your restored data was saved (held by ${DATA_JOURNAL}.json), but writing its files then failed: ${messageOf(error)}. Timelock finishes them with the next change and at the next start.`);
      }
    }
  }
}
