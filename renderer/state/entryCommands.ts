// Changing entries from any view: adds and edits pass through the lock prompts; deletes offer Undo for a while
// (entries.delete answers the entry, entries.restore puts it back as it was).
import type { Api } from '../api';
import type { RequestOf, ResponseOf } from '../../shared/contract';
import type { Entry } from '../../shared/model';
import type { Result } from '../../shared/result';
import { describeError } from '../format/describeError';
import type { AppStore } from './appStore';
import { callApi } from './callApi';
import type { PromptStore } from './promptStore';
import { runWithLock } from './runWithLock';
import { UNDO_TOAST_MS, type ToastStore } from './toastStore';

export interface EntryCommands {
  list(from: number, to: number): Promise<Result<Entry[]>>;
  add(request: RequestOf<'entries.add'>): Promise<Result<Entry> | null>;
  update(request: RequestOf<'entries.update'>): Promise<Result<Entry> | null>;
  /** A day's total for one category (a timesheet cell): one request, one atomic change; null if a lock dialog dealt with it. */
  setDay(request: RequestOf<'entries.setDayMinutes'>): Promise<Result<ResponseOf<'entries.setDayMinutes'>> | null>;
  /** Deletes the entries, then shows "<what>" with Undo. Stops at the first refusal; what was deleted stays undoable. */
  /** Deletes, with Undo in a toast that takes the focus; `onUndone` runs once Undo has put them back. */
  remove(entries: readonly Entry[], what: string, onUndone?: (restored: Entry[]) => void): Promise<Result<Entry[]>>;
  /** Puts deleted entries back in one request: all of them, or none (with the reason). */
  restore(entries: readonly Entry[]): Promise<Result<Entry[]>>;
}

export function createEntryCommands(api: Api, stores: { app: AppStore; prompts: PromptStore; toasts: ToastStore }): EntryCommands {
  const commands: EntryCommands = {
    list: (from, to) => callApi(api, 'entries.list', { from, to }),
    add: (request) => runWithLock(api, stores.prompts, 'entries.add', request),
    update: (request) => runWithLock(api, stores.prompts, 'entries.update', request),
    setDay: (request) => runWithLock(api, stores.prompts, 'entries.setDayMinutes', request),

    async remove(entries, what, onUndone) {
      const deleted: Entry[] = [];
      let failure: Result<Entry[]> | null = null;
      for (const entry of entries) {
        const result = await callApi(api, 'entries.delete', { id: entry.id });
        if (!result.ok) {
          failure = result;
          break;
        }
        deleted.push(result.value);
      }
      if (deleted.length > 0) {
        const toasts = stores.toasts.getState();
        // The deleted row's button is gone: focus goes to Undo, so a keyboard user is one key from taking it back.
        const id = toasts.show(what, [{ label: 'Undo', run: () => void undo() }], UNDO_TOAST_MS, { takeFocus: true });
        const undo = async () => {
          stores.toasts.getState().dismiss(id);
          const restored = await commands.restore(deleted);
          if (!restored.ok) stores.app.getState().pushNotice('error', `Undo failed: ${describeError(restored.error)}`);
          else onUndone?.(restored.value);
        };
      }
      return failure ?? { ok: true, value: deleted };
    },

    // One request, one change: an undo that cannot put every entry back puts none back.
    restore: (entries) => callApi(api, 'entries.restore', { entries: [...entries] }),
  };
  return commands;
}
