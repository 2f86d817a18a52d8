// Questions the window must ask before it can go on, shown one at a time as modal dialogs: a reason to pass a soft
// lock, a refusal by a hard lock, a confirmation before deleting, a choice among a few answers (which occurrences of a
// repeating box an edit means), and (when the host detects it) idle time.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { IdleQuestion, LockRule } from '../../shared/model';
import { LOCK_RULES } from '../../shared/modelNames';
import type { AppErrorShape } from '../../shared/result';
import { localizeClocks } from '../format/localizeClocks';
import { registerStoreReset } from './resetAllStores';

export type Prompt =
  | { id: number; kind: 'reason'; message: string; resolve: (reason: string | null) => void }
  | { id: number; kind: 'locked'; message: string; nextAllowedAt: number | null; rules: LockRule[] }
  | { id: number; kind: 'confirm'; title: string; message: string; details: string[]; confirmLabel: string; resolve: (ok: boolean) => void }
  | { id: number; kind: 'choice'; title: string; message: string; choices: Choice[]; escapeChoice: string | null; resolve: (value: string | null) => void }
  | { id: number; kind: 'idle'; question: IdleQuestion };

export interface Choice {
  value: string;
  label: string;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export interface PromptStoreState {
  queue: Prompt[];
  askReason(message: string): Promise<string | null>;
  showLocked(error: AppErrorShape): void;
  confirm(question: { title: string; message: string; details?: string[]; confirmLabel: string }): Promise<boolean>;
  /**
   * One of the choices' values, or null when the person cancels. `escapeChoice`: when one choice already leaves
   * everything as it is, Escape answers it and no Cancel is offered, which would only repeat that choice.
   */
  choose(question: { title: string; message: string; choices: Choice[]; escapeChoice?: string }): Promise<string | null>;
  /** Asks about time away once, however often the host repeats the question. */
  askIdle(question: IdleQuestion): void;
  /** The idle question was answered (here or in another window). */
  idleResolved(questionId: string): void;
  /** Closes a prompt; a question still open is answered "no" (null or false). */
  close(id: number): void;
}
export type PromptStore = StoreApi<PromptStoreState>;

export function createPromptStore(): PromptStore {
  let nextId = 1;
  const store = createStore<PromptStoreState>()((set, get) => {
    const open = (prompt: WithoutId<Prompt>) => set((state) => ({ queue: [...state.queue, { ...prompt, id: nextId++ } as Prompt] }));
    return {
      queue: [],
      askReason: (message) => new Promise((resolve) => open({ kind: 'reason', message, resolve })),
      showLocked(error) {
        const next = error.details?.nextAllowedAt;
        // The rules the refusal named, so an unlock asked for from the dialog lifts those and no more.
        const named = typeof error.details?.rules === 'string' ? error.details.rules.split(',') : [];
        const rules = LOCK_RULES.filter((rule) => named.includes(rule));
        open({ kind: 'locked', message: localizeClocks(error.message, undefined), nextAllowedAt: typeof next === 'number' ? next : null, rules });
      },
      confirm: ({ title, message, details = [], confirmLabel }) => new Promise((resolve) => open({ kind: 'confirm', title, message, details, confirmLabel, resolve })),
      choose: ({ title, message, choices, escapeChoice = null }) => new Promise((resolve) => open({ kind: 'choice', title, message, choices, escapeChoice, resolve })),
      askIdle(question) {
        if (get().queue.some((p) => p.kind === 'idle' && p.question.id === question.id)) return;
        open({ kind: 'idle', question });
      },
      idleResolved(questionId) {
        set((state) => ({ queue: state.queue.filter((p) => p.kind !== 'idle' || p.question.id !== questionId) }));
      },
      close(id) {
        const prompt = get().queue.find((p) => p.id === id);
        if (!prompt) return;
        set((state) => ({ queue: state.queue.filter((p) => p.id !== id) }));
        if (prompt.kind === 'reason') prompt.resolve(null);
        if (prompt.kind === 'confirm') prompt.resolve(false);
        if (prompt.kind === 'choice') prompt.resolve(null);
      },
    };
  });
  registerStoreReset(() => {
    for (const prompt of store.getState().queue) store.getState().close(prompt.id);
    store.setState({ queue: [] });
  });
  return store;
}

/** Answers a question prompt and closes it. */
export function answerPrompt(store: PromptStore, id: number, answer: string | boolean): void {
  const prompt = store.getState().queue.find((p) => p.id === id);
  if (!prompt) return;
  store.setState((state) => ({ queue: state.queue.filter((p) => p.id !== id) }));
  if (prompt.kind === 'reason') prompt.resolve(typeof answer === 'string' ? answer : null);
  if (prompt.kind === 'confirm') prompt.resolve(answer === true);
  if (prompt.kind === 'choice') prompt.resolve(typeof answer === 'string' ? answer : null);
}
