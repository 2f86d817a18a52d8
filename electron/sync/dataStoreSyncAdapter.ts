// Sync over the live DataStore without touching storage: a decorator the composition root puts around the store,
// reporting each write a service makes as local changes, and an adapter that reads and writes the store beneath
// it. Boundary spans and days off live in the settings (timeline, daysOff) but travel one record each (a span by the
// week it starts, a day off by its date), so two computers adding different ones both keep them. Other computers'
// timers and kept overlaps are held in memory here; sync-state.json holds them for good.
import { boundarySpanSchema, categorySchema, checkInSchema, dayOffSchema, entrySchema, runningTimerSchema, settingsSchema, type BoundarySpan, type DayOff, type Settings } from '../../shared/model';
import { timeboxSchema } from '../../shared/planModel';
import { carryValues } from '../../shared/domain/boundaries';
import { canonicalJson, type JsonValue } from '../../shared/sync/canonicalJson';
import type { SyncKindName } from '../../shared/sync/syncKinds';
import type { DataReplacement, DataStore } from '../ports';
import type { LocalChange, MergedChange, SyncStoreAdapter } from './syncStoreAdapter';

type Listener = (change: LocalChange) => void;
type Keyed = { id: string } | { week: string };

const keyOf = (record: Keyed): string => ('id' in record ? record.id : record.week);
const json = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value)) as JsonValue;

/** A boundary span's record id: the week it starts from, or `start` for the first span ("since the start"). */
export const spanKey = (span: BoundarySpan): string => span.from ?? 'start';
const dayOffKey = (day: DayOff): string => day.date;
/** Settings keys that travel as records of their own kinds, never as one setting. */
const SPLIT_SETTINGS: ReadonlySet<string> = new Set(['timeline', 'daysOff']);

/** Reports what differs between two lists of records keyed by id (or week, or `key`). */
function diff<T>(kind: SyncKindName, before: readonly T[], after: readonly T[], report: Listener, key: (record: T) => string = keyOf as (r: T) => string): void {
  const old = new Map(before.map((r) => [key(r), canonicalJson(r)]));
  const seen = new Set<string>();
  for (const record of after) {
    const id = key(record);
    seen.add(id);
    if (old.get(id) !== canonicalJson(record)) report({ kind, recordId: id, record: json(record) });
  }
  for (const id of old.keys()) if (!seen.has(id)) report({ kind, recordId: id, record: null });
}

/** What changed between two settings: each plain setting by key, each boundary span and day off by its own key. */
function diffSettings(before: Settings, after: Settings, report: Listener): void {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (SPLIT_SETTINGS.has(key)) continue;
    if (canonicalJson(b[key]) !== canonicalJson(a[key])) report({ kind: 'setting', recordId: key, record: a[key] === undefined ? null : json(a[key]) });
  }
  diff('boundarySpan', before.timeline ?? [], after.timeline ?? [], report, spanKey);
  diff('dayOff', before.daysOff ?? [], after.daysOff ?? [], report, dayOffKey);
}

/** The settings with merged spans and days off put in and removed, in the order the domain reads them. */
function withSplitRecords(settings: Settings, change: MergedChange): Settings {
  const merge = <T>(list: readonly T[], part: MergedChange[SyncKindName], key: (r: T) => string, parse: (v: unknown) => T): T[] => {
    const next = new Map(list.map((r) => [key(r), r]));
    if (part) {
      for (const id of part.remove) next.delete(id);
      for (const [id, record] of part.put) next.set(id, parse(record));
    }
    return [...next.values()];
  };
  const merged = merge(settings.timeline, change.boundarySpan, spanKey, (v) => boundarySpanSchema.parse(v));
  // Oldest first; the first span (from null) holds since the start. A step keeps what it set; what it carried is
  // carried again through the steps from every computer (carryValues).
  merged.sort((x, y) => (x.from === y.from ? 0 : x.from === null ? -1 : y.from === null ? 1 : x.from < y.from ? -1 : 1));
  const timeline = carryValues(merged);
  const daysOff = merge(settings.daysOff, change.dayOff, dayOffKey, (v) => dayOffSchema.parse(v));
  daysOff.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return { ...settings, timeline, daysOff };
}

const SCHEMAS: Partial<Record<SyncKindName, { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }>> = {
  entry: entrySchema,
  category: categorySchema,
  timebox: timeboxSchema,
  checkIn: checkInSchema,
  timer: runningTimerSchema,
};

export function syncedDataStore(inner: DataStore): { store: DataStore; adapter: SyncStoreAdapter } {
  const listeners = new Set<(changes: readonly LocalChange[]) => void>();
  /** One store write, one report with everything it changed: the sync service appends it to the log in one go. */
  const write = (make: (report: Listener) => void): void => {
    // With sync off nobody listens: no diff and no copy of every record written (an import's 150,000 entries).
    if (listeners.size === 0) return;
    const changes: LocalChange[] = [];
    make((change) => changes.push(change));
    if (changes.length) for (const listener of listeners) listener(changes);
  };
  /** Records of kinds the store does not keep yet, by kind and id. */
  const held = new Map<SyncKindName, Map<string, JsonValue>>();
  const heldOf = (kind: SyncKindName) => held.get(kind) ?? held.set(kind, new Map()).get(kind)!;

  const wholeBefore = () => ({ settings: inner.getSettings(), categories: inner.getCategories(), checkIns: inner.getCheckIns(), timeboxes: inner.getTimeboxes(), entries: inner.getEntries(), timer: inner.getTimer() });
  /** Reports what a whole-data change changed, against the data it landed on. */
  const reportWhole = (before: ReturnType<typeof wholeBefore>, next: DataReplacement) =>
    write((report) => {
      if (next.settings) diffSettings(before.settings, next.settings, report);
      if (next.categories) diff('category', before.categories, next.categories, report);
      if (next.checkIns) diff('checkIn', before.checkIns, next.checkIns, report);
      if (next.timeboxes) diff('timebox', before.timeboxes, next.timeboxes, report);
      if (next.entries) diff('entry', before.entries, next.entries, report);
      for (const id of next.removeEntries ?? []) report({ kind: 'entry', recordId: id, record: null });
      for (const entry of next.addEntries ?? []) report({ kind: 'entry', recordId: entry.id, record: json(entry) });
      if (next.timer !== undefined && canonicalJson(before.timer) !== canonicalJson(next.timer)) report({ kind: 'timer', recordId: 'self', record: next.timer ? json(next.timer) : null });
    });;

  const store: DataStore = {
    get dataDir() {
      return inner.dataDir;
    },
    get notices() {
      return inner.notices;
    },
    getSettings: () => inner.getSettings(),
    setSettings(settings) {
      const before = inner.getSettings();
      inner.setSettings(settings);
      write((report) => diffSettings(before, settings, report));
    },
    getCategories: () => inner.getCategories(),
    setCategories(categories) {
      const before = inner.getCategories();
      inner.setCategories(categories);
      write((report) => diff('category', before, categories, report));
    },
    getTimer: () => inner.getTimer(),
    setTimer(timer) {
      const before = inner.getTimer();
      inner.setTimer(timer);
      // The service files it under this computer's device id.
      if (canonicalJson(before) !== canonicalJson(timer)) write((report) => report({ kind: 'timer', recordId: 'self', record: timer ? json(timer) : null }));
    },
    getEntries: () => inner.getEntries(),
    firstEntryStart: () => inner.firstEntryStart(),
    entriesBetween: (from, to) => inner.entriesBetween(from, to),
    applyEntries(change) {
      inner.applyEntries(change);
      write((report) => {
        for (const id of change.remove ?? []) report({ kind: 'entry', recordId: id, record: null });
        for (const entry of change.put ?? []) report({ kind: 'entry', recordId: entry.id, record: json(entry) });
      });
    },
    getNudgeLog: () => inner.getNudgeLog(),
    appendNudge: (record) => inner.appendNudge(record),
    updateNudge: (id, patch) => inner.updateNudge(id, patch),
    getSnoozes: () => inner.getSnoozes(),
    setSnoozes: (snoozes) => inner.setSnoozes(snoozes),
    getUnlocks: () => inner.getUnlocks(),
    appendUnlock: (unlock) => inner.appendUnlock(unlock),
    replaceUnlock: (unlock) => inner.replaceUnlock(unlock),
    getCheckIns: () => inner.getCheckIns(),
    setCheckIns(checkIns) {
      const before = inner.getCheckIns();
      inner.setCheckIns(checkIns);
      write((report) => diff('checkIn', before, checkIns, report));
    },
    getPresence: () => inner.getPresence(),
    setPresence: (presence) => inner.setPresence(presence),
    getTimeboxes: () => inner.getTimeboxes(),
    setTimeboxes(timeboxes) {
      const before = inner.getTimeboxes();
      inner.setTimeboxes(timeboxes);
      write((report) => diff('timebox', before, timeboxes, report));
    },
    replaceAll(next) {
      const before = wholeBefore();
      inner.replaceAll(next);
      reportWhole(before, next);
    },
    async replaceAllInSteps(next, options) {
      // What the change lands on: it lands only if that has not changed meanwhile.
      const before = wholeBefore();
      const landed = await inner.replaceAllInSteps(next, options);
      if (landed) reportWhole(before, next);
      return landed;
    },
    flush: () => inner.flush(),
  };

  const adapter: SyncStoreAdapter = {
    readAll(kind, self) {
      const byId = (records: readonly Keyed[]) => new Map(records.map((r) => [keyOf(r), json(r)]));
      switch (kind) {
        case 'entry':
          return byId(inner.getEntries());
        case 'category':
          return byId(inner.getCategories());
        case 'timebox':
          return byId(inner.getTimeboxes());
        case 'checkIn':
          return byId(inner.getCheckIns());
        case 'setting':
          return new Map(Object.entries(inner.getSettings()).flatMap(([k, v]) => (SPLIT_SETTINGS.has(k) ? [] : [[k, json(v)] as const])));
        case 'boundarySpan':
          return new Map(inner.getSettings().timeline.map((span) => [spanKey(span), json(span)]));
        case 'dayOff':
          return new Map(inner.getSettings().daysOff.map((day) => [dayOffKey(day), json(day)]));
        case 'timer': {
          const timers = new Map(heldOf('timer'));
          const own = inner.getTimer();
          if (own) timers.set(self, json(own));
          else timers.delete(self);
          return timers;
        }
        default:
          return new Map(heldOf(kind));
      }
    },
    refuse(kind, recordId, record) {
      // Written by a Timelock that sent the whole timeline or every day off as one setting: kept in the merged set,
      // never applied over the spans and days off that travel one by one.
      if (kind === 'setting' && SPLIT_SETTINGS.has(recordId)) return null;
      if (kind === 'boundarySpan' || kind === 'dayOff') {
        const parsed = kind === 'boundarySpan' ? boundarySpanSchema.safeParse(record) : dayOffSchema.safeParse(record);
        if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
        const key = kind === 'boundarySpan' ? spanKey(parsed.data as BoundarySpan) : dayOffKey(parsed.data as DayOff);
        return key === recordId ? null : `its ${kind === 'boundarySpan' ? 'first week' : 'date'} does not match the record id ${recordId}`;
      }
      if (kind === 'setting') {
        const field = (settingsSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>)[recordId];
        if (!field) return `this version of Timelock has no setting "${recordId}"`;
        return field.safeParse(record).success ? null : 'not a value this setting can take';
      }
      const schema = SCHEMAS[kind];
      if (!schema) return null;
      const parsed = schema.safeParse(record);
      if (!parsed.success) return parsed.error!.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
      if (kind !== 'timer' && keyOf(record as Keyed) !== recordId) return `its id does not match the record id ${recordId}`;
      return null;
    },
    applyMerged(change: MergedChange, self: string) {
      // One whole-data change (the store's journal): a crash or a refused write part-way leaves the store as it was
      // or as merged, never a mix of kinds. Parsed first, so a record that would not load back changes nothing.
      const next: DataReplacement = {};
      const entries = change.entry;
      if (entries) {
        next.addEntries = [...entries.put.values()].map((e) => entrySchema.parse(e));
        next.removeEntries = entries.remove;
      }
      const replace = <T extends Keyed>(part: MergedChange[SyncKindName], current: T[], parse: (v: unknown) => T): T[] | undefined => {
        if (!part) return undefined;
        const merged = new Map(current.map((r) => [keyOf(r), r]));
        for (const id of part.remove) merged.delete(id);
        for (const [id, record] of part.put) merged.set(id, parse(record));
        return [...merged.values()];
      };
      next.categories = replace(change.category, inner.getCategories(), (v) => categorySchema.parse(v));
      next.timeboxes = replace(change.timebox, inner.getTimeboxes(), (v) => timeboxSchema.parse(v));
      next.checkIns = replace(change.checkIn, inner.getCheckIns(), (v) => checkInSchema.parse(v));
      if (change.setting || change.boundarySpan || change.dayOff) {
        const current = inner.getSettings();
        const merged: Record<string, unknown> = { ...current };
        for (const [key, value] of change.setting?.put ?? []) if (!SPLIT_SETTINGS.has(key)) merged[key] = value;
        // A setting removed elsewhere keeps its value here: every setting must have one.
        const parsed = settingsSchema.safeParse(merged);
        const settings = withSplitRecords(parsed.success ? (parsed.data as Settings) : current, change);
        if (canonicalJson(settings) !== canonicalJson(current)) next.settings = settings;
      }
      const others = new Map(heldOf('timer'));
      if (change.timer) {
        for (const id of change.timer.remove) {
          if (id === self) next.timer = null;
          else others.delete(id);
        }
        for (const [id, record] of change.timer.put) {
          if (id === self) next.timer = runningTimerSchema.parse(record);
          else others.set(id, record);
        }
      }
      for (const key of Object.keys(next) as Array<keyof DataReplacement>) if (next[key] === undefined) delete next[key];
      if (Object.keys(next).length) inner.replaceAll(next);
      // Memory only once the store has taken the change.
      held.set('timer', others);
      const kept = change.overlapKept;
      if (kept) {
        for (const id of kept.remove) heldOf('overlapKept').delete(id);
        for (const [id, record] of kept.put) heldOf('overlapKept').set(id, record);
      }
    },
    onLocalChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { store, adapter };
}
