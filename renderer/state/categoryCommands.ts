// Adding and changing categories; the list in the app store is reloaded from the answer's data.changed event and
// at once here, so the form shows the change without waiting for the event.
import type { Api } from '../api';
import type { RequestOf, ResponseOf } from '../../shared/contract';
import type { Category } from '../../shared/model';
import type { Result } from '../../shared/result';
import type { AppStore } from './appStore';
import { callApi } from './callApi';

export interface CategoryCommands {
  add(request: RequestOf<'categories.add'>): Promise<Result<Category>>;
  /** Answers the category as saved, with `livedWeeks` when a move to another area re-reads weeks already lived. */
  update(request: RequestOf<'categories.update'>): Promise<Result<ResponseOf<'categories.update'>>>;
}

export function createCategoryCommands(api: Api, app: AppStore): CategoryCommands {
  const after = async <T extends Category>(result: Result<T>) => {
    if (result.ok) await app.getState().reloadCategories();
    return result;
  };
  return {
    add: async (request) => after(await callApi(api, 'categories.add', request)),
    update: async (request) => after(await callApi(api, 'categories.update', request)),
  };
}
