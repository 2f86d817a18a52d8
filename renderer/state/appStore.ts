// The app's own state as the main process sent it: settings, categories, the running timer, the data folder and
// what storage recovered from, plus notices pushed at us and the errors of the last failed actions, in words.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { RequestOf, Snapshot } from '../../shared/contract';
import type { Category, Entry, RunningTimer, Settings } from '../../shared/model';
import type { AppErrorShape } from '../../shared/result';
import { adoptConventions } from '../format/conventionsInUse';
import { callApi } from './callApi';
import type { PromptStore } from './promptStore';
import { registerStoreReset } from './resetAllStores';
import { runWithLock } from './runWithLock';
import { countWords } from '../../shared/domain/words';

/** A timer stopped before this has run, the window asks whether to keep its entry. */
export const SHORT_TIMER_MS = 60_000;

/**
 * Asked once the stop is done and the entry saved, so there is no "go back" to offer: no channel restarts a timer at
 * its own start. Asking before the stop instead would let the timer run on (toward the cap and the locks) while the
 * question waits, and would end the entry when the person answers rather than when they pressed Stop. So two answers,
 * and no Cancel: Escape leaves the saved entry as it is, which is what "Keep it" does.
 */
async function askToKeepShort(
  api: Api,
  prompts: PromptStore,
  entry: Entry,
  names: { of: (categoryId: string) => string | undefined; switchedTo?: string },
  onError: (error: AppErrorShape) => void,
): Promise<void> {
  const seconds = Math.max(1, Math.round((entry.end - entry.start) / 1000));
  const length = countWords(seconds, 'second');
  // Named: after a switch the question comes while the new timer runs, and is about the one before. A category
  // deleted meanwhile is said so, not named "deleted category" as if it were one.
  const name = names.of(entry.categoryId);
  const timer = name === undefined ? 'The timer (its category since deleted)' : `The ${name} timer`;
  const choice = await prompts.getState().choose({
    title: name === undefined ? `Keep a ${seconds}-second entry?` : `Keep a ${seconds}-second ${name} entry?`,
    message:
      names.switchedTo === undefined
        ? `${timer} ran for ${length}. Keep it as an entry, or discard it if it was started by mistake.`
        : `${timer} ran for ${length} before you switched to ${names.switchedTo}, which runs on. Keep those ${length} as an entry, or discard them if that was pressed by mistake.`,
    choices: [
      { value: 'keep', label: 'Keep it' },
      { value: 'discard', label: 'Discard' },
    ],
    escapeChoice: 'keep',
  });
  if (choice !== 'discard') return;
  const deleted = await callApi(api, 'entries.delete', { id: entry.id });
  if (!deleted.ok) onError(deleted.error);
}

export type SettingsPatch = RequestOf<'settings.update'>;
export type NoticeLevel = 'info' | 'warning' | 'error';
export interface Notice {
  id: number;
  level: NoticeLevel;
  message: string;
}
/** Where an error belongs, so it is shown next to the control that caused it. */
export type ErrorArea = 'snapshot' | 'timer' | 'settings' | 'categories';

export interface AppState {
  status: 'loading' | 'ready' | 'failed';
  settings: Settings | null;
  categories: Category[];
  timer: RunningTimer | null;
  dataDir: string;
  storageNotices: string[];
  notices: Notice[];
  errors: Partial<Record<ErrorArea, AppErrorShape>>;
  /** A timer or settings request on its way: repeated clicks wait for it instead of sending another. */
  pending: { timer: boolean; settings: boolean };
}

export interface AppActions {
  load(): Promise<void>;
  startTimer(categoryId: string): Promise<boolean>;
  stopTimer(): Promise<boolean>;
  updateSettings(patch: SettingsPatch): Promise<boolean>;
  reloadSettings(): Promise<void>;
  reloadCategories(): Promise<void>;
  /** Asks the host to show the data folder; answers what to tell the person. */
  revealDataFolder(): Promise<string>;
  timerChanged(timer: RunningTimer | null): void;
  pushNotice(level: NoticeLevel, message: string): void;
  dismissNotice(id: number): void;
  clearError(area: ErrorArea): void;
}

export type AppStoreState = AppState & AppActions;
export type AppStore = StoreApi<AppStoreState>;

export const initialAppState: AppState = {
  status: 'loading',
  settings: null,
  categories: [],
  timer: null,
  dataDir: '',
  storageNotices: [],
  notices: [],
  errors: {},
  pending: { timer: false, settings: false },
};

/** Same timer, same figures: an echo of our own change (answer, then event) must not trigger a second refetch. */
export function sameTimer(a: RunningTimer | null, b: RunningTimer | null): boolean {
  if (a === null || b === null) return a === b;
  return a.id === b.id && a.categoryId === b.categoryId && a.start === b.start;
}

/**
 * Without prompts (store tests), a lock's refusal is kept as the timer error like any other. Given the window's
 * locale, the snapshot brings its conventions, and the window formats its first screen without starting ICU.
 */
export function createAppStore(api: Api, prompts: PromptStore | null = null, locale?: string): AppStore {
  let nextNoticeId = 1;
  const store = createStore<AppStoreState>()((set, get) => {
    const setError = (area: ErrorArea, error: AppErrorShape | undefined) =>
      set((state) => {
        const errors = { ...state.errors };
        if (error) errors[area] = error;
        else delete errors[area];
        return { errors };
      });
    const categoryName = (id: string) => get().categories.find((c) => c.id === id)?.name;
    const setPending = (key: keyof AppState['pending'], value: boolean) => set((state) => ({ pending: { ...state.pending, [key]: value } }));
    const applyTimer = (timer: RunningTimer | null) => {
      if (!sameTimer(get().timer, timer)) set({ timer });
    };
    // Settings come back whole after every change and every data.changed; keeping the old object when nothing
    // differs spares the week a refetch.
    const applySettings = (settings: Settings) => {
      if (JSON.stringify(get().settings) !== JSON.stringify(settings)) set({ settings });
    };

    return {
      ...initialAppState,

      async load() {
        // A reload (after a restore) keeps the window as it is until the new snapshot is in.
        if (get().status !== 'ready') set({ status: 'loading' });
        const result = await callApi(api, 'app.snapshot', locale === undefined ? {} : { locale });
        if (!result.ok) {
          set({ status: 'failed' });
          setError('snapshot', result.error);
          return;
        }
        const snapshot: Snapshot = result.value;
        adoptConventions(snapshot.conventions);
        set({
          status: 'ready',
          settings: snapshot.settings,
          categories: snapshot.categories,
          timer: snapshot.timer,
          dataDir: snapshot.dataDir,
          storageNotices: snapshot.storageNotices,
          // The host also pushes storage's notes as notice events; one fact is shown once.
          notices: get().notices.filter((notice) => !snapshot.storageNotices.includes(notice.message)),
        });
        setError('snapshot', undefined);
      },

      async startTimer(categoryId) {
        if (get().pending.timer) return false;
        const before = get().timer;
        setPending('timer', true);
        const result = prompts ? await runWithLock(api, prompts, 'timer.start', { categoryId }) : await callApi(api, 'timer.start', { categoryId });
        setPending('timer', false);
        // Null: a lock dialog took over (a refusal shown there, or the person cancelled the reason).
        if (result === null) {
          setError('timer', undefined);
          return false;
        }
        if (!result.ok) {
          setError('timer', result.error);
          return false;
        }
        setError('timer', undefined);
        const started = result.value;
        applyTimer(started);
        // A switch stops the running timer as Stop does: one switched from within its first minute was most often the
        // wrong category pressed first, and is asked about the same way (its entry keeps the timer's id, and ends
        // where the new timer starts).
        if (prompts && before && before.categoryId !== categoryId && started.start > before.start && started.start - before.start < SHORT_TIMER_MS) {
          const entry: Entry = { id: before.id, categoryId: before.categoryId, start: before.start, end: started.start, note: before.note, tags: [], source: 'timer' };
          await askToKeepShort(api, prompts, entry, { of: categoryName, switchedTo: categoryName(categoryId) ?? 'another category' }, (error) => setError('timer', error));
        }
        return true;
      },

      async stopTimer() {
        if (get().pending.timer) return false;
        setPending('timer', true);
        const result = await callApi(api, 'timer.stop', {});
        setPending('timer', false);
        if (!result.ok) {
          setError('timer', result.error);
          return false;
        }
        setError('timer', undefined);
        applyTimer(null);
        const entry = result.value;
        // A timer stopped within its first minute was most often started by mistake: the entry is saved (nothing
        // is lost if the window closes) and the person is asked whether to keep it.
        if (prompts && entry && entry.end - entry.start < SHORT_TIMER_MS) await askToKeepShort(api, prompts, entry, { of: categoryName }, (error) => setError('timer', error));
        return true;
      },

      async updateSettings(patch) {
        if (get().pending.settings) return false;
        setPending('settings', true);
        const result = await callApi(api, 'settings.update', patch);
        setPending('settings', false);
        if (!result.ok) {
          setError('settings', result.error);
          return false;
        }
        setError('settings', undefined);
        applySettings(result.value);
        return true;
      },

      async reloadSettings() {
        const result = await callApi(api, 'settings.get', {});
        if (!result.ok) return setError('settings', result.error);
        applySettings(result.value);
      },

      async reloadCategories() {
        const result = await callApi(api, 'categories.list', {});
        if (!result.ok) return setError('categories', result.error);
        setError('categories', undefined);
        set({ categories: result.value });
      },

      async revealDataFolder() {
        const result = await callApi(api, 'app.reveal', {});
        if (!result.ok) return result.error.message;
        return result.value.shown ? 'Opened in your file manager.' : 'This window cannot open a file manager; copy the path instead.';
      },

      timerChanged: applyTimer,

      pushNotice(level, message) {
        const { storageNotices, notices } = get();
        if (storageNotices.includes(message) || notices.some((shown) => shown.message === message)) return;
        const notice = { id: nextNoticeId++, level, message };
        set((state) => ({ notices: [...state.notices, notice] }));
      },

      dismissNotice(id) {
        set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
      },

      clearError(area) {
        setError(area, undefined);
      },
    };
  });
  registerStoreReset(() => store.setState(initialAppState));
  return store;
}
