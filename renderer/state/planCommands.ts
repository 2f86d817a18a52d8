// Changing the plan from any view: adds, edits, copies and imports pass through the lock prompts (work planned
// outside the work windows); a removal offers Undo for a while (plan.remove answers the box as it was, plan.restore
// puts it back). After each change the plan is fetched again, so the check's findings follow at once.
import type { Api } from '../api';
import type { RequestOf, ResponseOf } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { describeError } from '../format/describeError';
import type { AppStore } from './appStore';
import { callApi } from './callApi';
import type { PlanStore } from './planStore';
import type { PromptStore } from './promptStore';
import { runWithLock } from './runWithLock';
import { UNDO_TOAST_MS, type ToastStore } from './toastStore';

type Answer<C extends 'plan.add' | 'plan.update' | 'plan.copyWeek' | 'plan.importIcs'> = Promise<Result<ResponseOf<C>> | null>;

export interface PlanCommands {
  /** Null: a lock dialog dealt with it, or the person cancelled the reason. */
  add(request: RequestOf<'plan.add'>): Answer<'plan.add'>;
  update(request: RequestOf<'plan.update'>): Answer<'plan.update'>;
  /** Removes a box or one occurrence; with `what`, then shows it with Undo. */
  remove(request: RequestOf<'plan.remove'>, what: string | null): Promise<Result<ResponseOf<'plan.remove'>>>;
  copyWeek(request: RequestOf<'plan.copyWeek'>): Answer<'plan.copyWeek'>;
  exportIcs(request: RequestOf<'plan.exportIcs'>): Promise<Result<ResponseOf<'plan.exportIcs'>>>;
  importIcs(request: RequestOf<'plan.importIcs'>): Answer<'plan.importIcs'>;
}

export function createPlanCommands(api: Api, stores: { app: AppStore; plan: PlanStore; prompts: PromptStore; toasts: ToastStore }): PlanCommands {
  const refreshed = async <T>(result: Result<T> | null): Promise<Result<T> | null> => {
    if (result?.ok) await stores.plan.getState().refresh();
    return result;
  };
  return {
    add: async (request) => refreshed(await runWithLock(api, stores.prompts, 'plan.add', request)),
    update: async (request) => refreshed(await runWithLock(api, stores.prompts, 'plan.update', request)),
    copyWeek: async (request) => refreshed(await runWithLock(api, stores.prompts, 'plan.copyWeek', request)),
    importIcs: async (request) => refreshed(await runWithLock(api, stores.prompts, 'plan.importIcs', request)),
    exportIcs: (request) => callApi(api, 'plan.exportIcs', request),

    async remove(request, what) {
      const result = await callApi(api, 'plan.remove', request);
      if (!result.ok) return result;
      await stores.plan.getState().refresh();
      if (what === null) return result;
      const id = stores.toasts.getState().show(what, [{ label: 'Undo', run: () => void undo() }], UNDO_TOAST_MS);
      const undo = async () => {
        stores.toasts.getState().dismiss(id);
        const restored = await callApi(api, 'plan.restore', { box: result.value.box });
        if (!restored.ok) return stores.app.getState().pushNotice('error', `Undo failed: ${describeError(restored.error)}`);
        await stores.plan.getState().refresh();
      };
      return result;
    },
  };
}
