// An in-memory DataStore for host tests: the port's behaviour without a disk, plus counters a test can read.
import { SEEDED_CATEGORIES, defaultSettings } from '../../../shared/defaults';
import type { Category, CheckIn, Entry, NudgeRecord, Presence, RunningTimer, Settings, Snooze, Unlock } from '../../../shared/model';
import type { Timebox } from '../../../shared/planModel';
import type { DataStore } from '../../../electron/ports';

export interface FakeStore extends DataStore {
  /** How many times flush() was called, and how many of those had finished. */
  readonly flushes: { started: number; finished: number };
  /** Makes the next flush wait for the returned release function. */
  holdNextFlush(): () => void;
}

export function createFakeStore(options: { dataDir?: string; notices?: string[]; timeZone?: string } = {}): FakeStore {
  let settings: Settings = defaultSettings(options.timeZone ?? 'Europe/Berlin');
  let categories: Category[] = SEEDED_CATEGORIES.map((c) => ({ ...c }));
  let timer: RunningTimer | null = null;
  let entries: Entry[] = [];
  let nudges: NudgeRecord[] = [];
  let snoozes: Snooze[] = [];
  let unlocks: Unlock[] = [];
  let checkIns: CheckIn[] = [];
  let presence: Presence = { heartbeat: null, idleQuestion: null };
  let timeboxes: Timebox[] = [];
  const flushes = { started: 0, finished: 0 };
  let held: Promise<void> | null = null;

  return {
    dataDir: options.dataDir ?? '/tmp/timelock-fake-store',
    notices: options.notices ?? [],
    flushes,
    holdNextFlush() {
      let release = (): void => undefined;
      held = new Promise<void>((resolve) => {
        release = resolve;
      });
      return () => release();
    },
    getSettings: () => settings,
    setSettings: (next) => {
      settings = next;
    },
    getCategories: () => categories,
    setCategories: (next) => {
      categories = next;
    },
    getTimer: () => timer,
    setTimer: (next) => {
      timer = next;
    },
    getEntries: () => entries,
    entriesBetween: (from, to) => entries.filter((e) => e.start < to && e.end > from),
    firstEntryStart: () => (entries.length === 0 ? null : Math.min(...entries.map((e) => e.start))),
    applyEntries: ({ put = [], remove = [] }) => {
      const gone = new Set([...remove, ...put.map((e) => e.id)]);
      entries = [...entries.filter((e) => !gone.has(e.id)), ...put].sort((a, b) => a.start - b.start);
    },
    replaceAll: (next) => {
      settings = next.settings ?? settings;
      categories = next.categories ?? categories;
      entries = next.entries ? [...next.entries].sort((a, b) => a.start - b.start) : entries;
      if (next.addEntries || next.removeEntries) {
        const gone = new Set([...(next.addEntries ?? []).map((e) => e.id), ...(next.removeEntries ?? [])]);
        entries = [...entries.filter((e) => !gone.has(e.id)), ...(next.addEntries ?? [])].sort((a, b) => a.start - b.start);
      }
      // As the real store: sync takes in a timer stopped on another computer, and deletions made there.
      if (next.timer !== undefined) timer = next.timer;
      nudges = next.nudgeLog ?? nudges;
      snoozes = next.snoozes ?? snoozes;
      unlocks = next.unlocks ? [...next.unlocks] : unlocks;
      checkIns = next.checkIns ?? checkIns;
      timeboxes = next.timeboxes ?? timeboxes;
    },
    async replaceAllInSteps(next, { unchanged }) {
      if (!unchanged()) return false;
      this.replaceAll(next);
      return true;
    },
    getNudgeLog: () => nudges,
    appendNudge: (record) => {
      nudges = [...nudges, record];
    },
    updateNudge: (id, patch) => {
      nudges = nudges.map((n) => (n.id === id ? { ...n, ...patch } : n));
    },
    getSnoozes: () => snoozes,
    setSnoozes: (next) => {
      snoozes = next;
    },
    getUnlocks: () => unlocks,
    appendUnlock: (unlock) => {
      unlocks.push(unlock);
    },
    replaceUnlock: (unlock) => {
      unlocks = unlocks.map((u) => (u.id === unlock.id ? unlock : u));
    },
    getCheckIns: () => checkIns,
    setCheckIns: (next) => {
      checkIns = next;
    },
    getPresence: () => presence,
    setPresence: (next) => {
      presence = next;
    },
    getTimeboxes: () => timeboxes,
    setTimeboxes: (next) => {
      timeboxes = next;
    },
    async flush() {
      flushes.started += 1;
      const wait = held;
      held = null;
      if (wait) await wait;
      flushes.finished += 1;
    },
  };
}
