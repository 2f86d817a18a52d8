// A change to the whole data (a backup restored) lands whole or not at all, across every file it touches.
//
// Like the entries journal (entryShards.ts), but over documents of every kind: the change first writes
// `data-journal.json` holding the complete new contents of every document it touches (settings, nudges, check-ins,
// the plan, and every entry month file, emptied ones included) in one atomic write: the commit point. Then each
// document is written, the entries journal (older, and covered by this one) is dropped, and the journal is removed.
// A start that finds the journal writes its documents again before it reads anything else; whole contents make the
// replay idempotent, so a crash during the replay is harmless too.
import path from 'node:path';
import { AppError } from '../../shared/result';
import { DOCUMENT_NAMES, DOCUMENT_SCHEMAS, MONTH_KEY, type DocumentOf, type JOURNALED_KINDS } from './documents';
import { serializeDocument } from './documentBackend';
import type { DocumentWriter } from './documentWriter';
import { CURRENT_DATA_VERSION, migrateDocument } from './migrations';
import { describeIssues, inspectFile, moveAside, type Inspection } from './recovery';

export const DATA_JOURNAL = DOCUMENT_NAMES.dataJournal;

export type JournaledKind = (typeof JOURNALED_KINDS)[number];

export interface JournaledDocument {
  name: string;
  kind: JournaledKind;
  doc: Readonly<Record<string, unknown>>;
}

/** A document name fits its kind: the fixed name of each document, `entries-<month>` for a month file. */
function nameFits(name: string, kind: JournaledKind): boolean {
  if (kind === 'entries') return name.startsWith('entries-') && MONTH_KEY.test(name.slice('entries-'.length));
  return name === DOCUMENT_NAMES[kind];
}

/**
 * Reads the journal without changing anything. Each document inside is upgraded and checked as its own file would
 * be, so a journal left by an older Timelock replays in this one's layout; one from a newer Timelock is 'newer'.
 */
export function inspectDataJournal(filePath: string): Inspection<DocumentOf<'dataJournal'>> {
  const found = inspectFile(filePath, 'dataJournal');
  if (found.state !== 'ok') return found;
  const documents: JournaledDocument[] = [];
  for (const { name, kind, doc } of found.doc.documents) {
    if (!nameFits(name, kind)) return { state: 'bad', path: filePath, reason: `it names a file ${JSON.stringify(name)} that is not a ${kind} document` };
    const migrated = migrateDocument(kind, doc);
    if (migrated.state === 'newer') return { state: 'newer', path: filePath, version: migrated.version };
    if (migrated.state === 'bad') return { state: 'bad', path: filePath, reason: `its ${name}: ${migrated.reason}` };
    const parsed = DOCUMENT_SCHEMAS[kind].safeParse(migrated.doc);
    if (!parsed.success) return { state: 'bad', path: filePath, reason: `its ${name} does not match the expected layout: ${describeIssues(parsed.error.issues)}` };
    documents.push({ name, kind, doc: parsed.data });
  }
  return { ...found, doc: { dataVersion: CURRENT_DATA_VERSION, documents } };
}

/**
 * Finishes a whole-data change a previous run committed, before anything else is read; or moves a damaged journal
 * aside with a notice. Throws AppError('storage') when the disk refuses: the journal stays for the next start.
 */
export function replayDataJournal(found: Inspection<DocumentOf<'dataJournal'>>, writer: DocumentWriter, now: number, notices: string[]): void {
  if (found.state === 'ok') {
    for (const { name, kind, doc } of found.doc.documents) writer.save(name, kind, doc as DocumentOf<typeof kind>, undefined);
    writer.remove(DOCUMENT_NAMES.journal);
    writer.remove(DATA_JOURNAL);
  } else if (found.state === 'bad') {
    const moved = moveAside(found.path, now);
    notices.push(
      `A restore of your data was interrupted and its record, ${path.basename(found.path)}, could not be used (${found.reason}). ` +
        `It was moved aside to ${moved}; your data is as the files last saved it, which may be partly the restored data. ` +
        'Restore the backup again to be sure of it (backups/ holds it, and the one made before it).',
    );
  }
}

/**
 * The commit point of a whole-data change: every document checked against its schema first (one that would not load
 * back is refused with nothing written), then the journal in one atomic write. Answers the checked copies, in order,
 * for memory to take. Throws, having changed nothing, when a document is invalid ('internal') or the disk refuses
 * ('storage').
 */
export function commitDataJournal(writer: DocumentWriter, documents: readonly JournaledDocument[]): Array<DocumentOf<JournaledKind>> {
  const checked = documents.map(({ name, kind, doc }) => {
    const parsed = DOCUMENT_SCHEMAS[kind].safeParse(doc);
    if (!parsed.success) throw new AppError('internal', `Timelock refused to save ${name}.json with invalid contents: ${describeIssues(parsed.error.issues)}`);
    return parsed.data as DocumentOf<JournaledKind>;
  });
  writer.saveWithoutBackup(DATA_JOURNAL, 'dataJournal', {
    dataVersion: CURRENT_DATA_VERSION,
    documents: documents.map(({ name, kind }, i) => ({ name, kind, doc: checked[i]! })),
  });
  return checked;
}

/**
 * The journal's bytes for `documents` (checked already), exactly as `serializeDocument` writes the whole, made one
 * document at a time: the journal of a large import holds every entry, too much to serialize in one go. JSON
 * strings never hold a raw line break, so indenting a document's own text by two tabs gives its nested form.
 */
export function* dataJournalPieces(documents: readonly JournaledDocument[]): Generator<string> {
  yield `{\n\t"dataVersion": ${JSON.stringify(CURRENT_DATA_VERSION)},\n\t"documents": [`;
  if (documents.length === 0) {
    yield ']\n}';
    return;
  }
  for (let i = 0; i < documents.length; i++) {
    const { name, kind, doc } = documents[i]!;
    yield `${i === 0 ? '' : ','}\n\t\t${serializeDocument({ name, kind, doc }).replaceAll('\n', '\n\t\t')}`;
  }
  yield '\n\t]\n}';
}
