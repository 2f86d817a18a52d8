// One store per concern, all talking to the same api.
import type { Api } from '../api';
import { createAppStore, type AppStore } from './appStore';
import { createWeekStore, type WeekStore } from './weekStore';

export interface Stores {
  app: AppStore;
  week: WeekStore;
}

export function createStores(api: Api): Stores {
  return { app: createAppStore(api), week: createWeekStore(api) };
}
