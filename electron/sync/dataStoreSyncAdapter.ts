// Sync over the live DataStore without touching storage: a decorator the composition root puts around the store,
// reporting each write a service makes as local changes, and an adapter that reads and writes the store beneath
// it. Kinds the store does not keep yet (boundary spans, days off, other computers' timers, kept overlaps) are held
// in memory here; sync-state.json holds them for good, so nothing is lost until the store keeps them too.
import { categorySchema, checkInSchema, entrySchema, runningTimerSchema, settingsSchema, timeboxSchema, type Settings } from '../../shared/model';
import { canonicalJson, type JsonValue } from '../../shared/sync/canonicalJson';
import type { SyncKindName } from '../../shared/sync/syncKinds';
import type { DataReplacement, DataStore } from '../ports';
import type { LocalChange, MergedChange, SyncStoreAdapter } from './syncStoreAdapter';

type Listener = (change: LocalChange) => void;
type Keyed = { id: string } | { week: string };

const keyOf = (record: Keyed): string => ('id' in record ? record.id : record.week);
const json = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value)) as JsonValue;

/** Reports what differs between two lists of records keyed by id (or week). */
function diff(kind: SyncKindName, before: readonly Keyed[], after: readonly Keyed[], report: Listener): void {
  const old = new Map(before.map((r) => [keyOf(r), canonicalJson(r)]));
  const seen = new Set<string>();
  for (const record of after) {
    const id = keyOf(record);
    seen.add(id);
    if (old.get(id) !== canonicalJson(record)) report({ kind, recordId: id, record: json(record) });
  }
  for (const id of old.keys()) if (!seen.has(id)) report({ kind, recordId: id, record: null });
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

  const store: DataStore = {
    get dataDir() {
      return inner.dataDir;
    },
    get notices() {
      return inner.notices;
    },
    getSettings: () => inner.getSettings(),
    setSettings(settings) {
      const before = inner.getSettings() as Record<string, unknown>;
      inner.setSettings(settings);
      write((report) => {
        for (const key of new Set([...Object.keys(before), ...Object.keys(settings)])) {
          const next = (settings as Record<string, unknown>)[key];
          if (canonicalJson(before[key]) !== canonicalJson(next)) report({ kind: 'setting', recordId: key, record: next === undefined ? null : json(next) });
        }
      });
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
      const before = { settings: inner.getSettings() as Record<string, unknown>, categories: inner.getCategories(), checkIns: inner.getCheckIns(), timeboxes: inner.getTimeboxes(), entries: inner.getEntries(), timer: inner.getTimer() };
      inner.replaceAll(next);
      write((report) => {
        if (next.settings) {
          const after = next.settings as Record<string, unknown>;
          for (const key of new Set([...Object.keys(before.settings), ...Object.keys(after)])) {
            if (canonicalJson(before.settings[key]) !== canonicalJson(after[key])) report({ kind: 'setting', recordId: key, record: after[key] === undefined ? null : json(after[key]) });
          }
        }
        if (next.categories) diff('category', before.categories, next.categories, report);
        if (next.checkIns) diff('checkIn', before.checkIns, next.checkIns, report);
        if (next.timeboxes) diff('timebox', before.timeboxes, next.timeboxes, report);
        if (next.entries) diff('entry', before.entries, next.entries, report);
        for (const id of next.removeEntries ?? []) report({ kind: 'entry', recordId: id, record: null });
        for (const entry of next.addEntries ?? []) report({ kind: 'entry', recordId: entry.id, record: json(entry) });
        if (next.timer !== undefined && canonicalJson(before.timer) !== canonicalJson(next.timer)) report({ kind: 'timer', recordId: 'self', record: next.timer ? json(next.timer) : null });
      });
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
          return new Map(Object.entries(inner.getSettings()).map(([k, v]) => [k, json(v)]));
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
      if (change.setting) {
        const merged: Record<string, unknown> = { ...inner.getSettings() };
        for (const [key, value] of change.setting.put) merged[key] = value;
        // A setting removed elsewhere keeps its value here: every setting must have one.
        const parsed = settingsSchema.safeParse(merged);
        if (parsed.success) next.settings = parsed.data as Settings;
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
      for (const kind of ['boundarySpan', 'dayOff', 'overlapKept'] as const) {
        const part = change[kind];
        if (!part) continue;
        for (const id of part.remove) heldOf(kind).delete(id);
        for (const [id, record] of part.put) heldOf(kind).set(id, record);
      }
    },
    onLocalChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { store, adapter };
}
