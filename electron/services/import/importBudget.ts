// One budget for one imported file, whatever its format: its size, its rows, the occurrences its repeating events
// expand to, and the time spent on it. Every reader counts against it as it goes and the file is refused the moment
// a limit is passed, in words that say which limit and by how much. It also hands the event loop back now and then,
// so a host keeps answering while a large file is read.
import { MAX_ICS_CHARS } from '../../../shared/planModel';
import { AppError } from '../../../shared/result';
import { MAX_IMPORT_CHARS } from '../../../shared/transferModel';

export interface ImportLimits {
  /** The file's size in bytes (UTF-8: never fewer bytes than characters, so the channels' character limits hold). */
  bytes: number;
  /** Data rows of a CSV file, entries of a JSON file. A ten-year Toggl export of a busy person is ~150,000. */
  rows: number;
  /** Occurrences stepped through while expanding a calendar's repeating events, over all of its events. */
  occurrences: number;
  /** Time spent working on the file, pauses left out. */
  workMs: number;
}

export const ENTRY_IMPORT_LIMITS: ImportLimits = { bytes: MAX_IMPORT_CHARS, rows: 500_000, occurrences: 0, workMs: 60_000 };
export const CALENDAR_IMPORT_LIMITS: ImportLimits = { bytes: MAX_ICS_CHARS, rows: 0, occurrences: 100_000, workMs: 30_000 };

/**
 * How long the work runs before the event loop gets a turn: well under the ~100 ms a waiting request may notice,
 * leaving room for a garbage collection that falls at the end of a slice (a large file makes a large heap, and its
 * collections took up to ~60 ms in the profiles) and for a busy machine stretching the slice itself.
 */
export const SLICE_MS = 15;

/** Characters counted at a time by `checkTextBytes`. */
const BYTES_PIECE = 1024 * 1024;

const n = (value: number) => value.toLocaleString('en');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export class ImportBudget {
  private occurrences = 0;
  private workMs = 0;
  private sliceStart: number;

  constructor(
    readonly limits: ImportLimits,
    /** What the file is, in messages: "This file", "This calendar". */
    private readonly what = 'This file',
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sliceStart = now();
  }

  /** Refuses a file by its size before it is read (from fs.stat) or parsed (its text's length). */
  checkBytes(bytes: number): void {
    const max = this.limits.bytes;
    if (bytes <= max) return;
    throw new AppError('bad-request', `${this.what} is ${mb(bytes)}, ${mb(bytes - max)} over the ${mb(max)} Timelock imports from one file; nothing was read. Export a shorter period at a time.`, {
      details: { limit: 'bytes', max, found: bytes },
    });
  }

  /**
   * `checkBytes` for a file given as text, without holding the event loop over a text of many megabytes: UTF-8 takes
   * at most three bytes per UTF-16 unit, so a text short enough passes uncounted; a longer one is counted in pieces.
   */
  async checkTextBytes(text: string): Promise<void> {
    if (text.length * 3 <= this.limits.bytes) return;
    let bytes = 0;
    for (let at = 0; at < text.length; ) {
      let end = Math.min(text.length, at + BYTES_PIECE);
      // A surrogate pair is never cut in two: each half alone would count as three bytes, the pair is four.
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
      bytes += Buffer.byteLength(text.slice(at, end), 'utf8');
      at = end;
      await this.pause();
    }
    this.checkBytes(bytes);
  }

  /** Called as rows are read; refuses as soon as there is one row too many. */
  checkRows(rows: number): void {
    const max = this.limits.rows;
    if (rows <= max) return;
    throw new AppError('bad-request', `${this.what} has more than ${n(max)} rows (at least ${n(rows)}); Timelock imports at most ${n(max)} from one file. Export a shorter period at a time.`, {
      details: { limit: 'rows', max, found: rows },
    });
  }

  /** Counts occurrences stepped through; `events` says how far the calendar had got (events expanded of all). */
  addOccurrences(count: number, events: { expanded: number; total: number }): void {
    this.occurrences += count;
    this.checkOccurrences(this.occurrences, this.occurrences, events);
  }

  /**
   * Refuses before stepping when the work ahead is known to pass the limit. `found` is what the events would expand
   * to, said in the message; `work` the steps Timelock would take (a single event's steps are capped).
   */
  checkOccurrences(work: number, found: number, events: { expanded: number; total: number }): void {
    const max = this.limits.occurrences;
    if (work <= max) return;
    throw new AppError(
      'bad-request',
      `${this.what} would expand to more than ${n(max)} occurrences (at least ${n(found)} found in ${n(events.expanded)} of ${n(events.total)} events); ` +
        `Timelock imports at most ${n(max)} from one file. Remove the events that repeat every minute or hour, or end their repeats sooner.`,
      { details: { limit: 'occurrences', max, found } },
    );
  }

  /**
   * Gives the event loop a turn when this slice of work has run SLICE_MS, and refuses the file once its work has
   * taken longer than the budget allows. Cheap enough to call every row.
   */
  async pause(): Promise<void> {
    const ran = this.now() - this.sliceStart;
    if (ran < SLICE_MS) return;
    this.workMs += ran;
    this.checkTime();
    await new Promise((resolve) => setImmediate(resolve));
    this.sliceStart = this.now();
  }

  /**
   * The same turn-taking while the checked rows are written: that time is the disk's and the store's, not the
   * file's, so it does not count against the file's time limit.
   */
  async writingPause(): Promise<void> {
    if (this.now() - this.sliceStart < SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.sliceStart = this.now();
  }

  private checkTime(): void {
    const max = this.limits.workMs;
    if (this.workMs <= max) return;
    throw new AppError('bad-request', `${this.what} took more than ${n(max / 1000)} s to read (${n(Math.round(this.workMs / 1000))} s so far); Timelock stopped. Import a shorter period at a time.`, {
      details: { limit: 'time', max, found: Math.round(this.workMs) },
    });
  }
}
