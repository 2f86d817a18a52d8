// Test helpers: instants from readable local times, entries and settings in a few words.
import type { Category, Entry, RunningTimer, Settings } from '../../../shared/model';
import { defaultSettings, SEEDED_CATEGORIES } from '../../../shared/defaults';
import { fromLocal, parseDate } from '../../../shared/domain/time';

/** The instant of a local wall-clock time: t('Europe/Berlin', '2026-03-23 09:30'). */
export function t(timeZone: string, text: string): number {
  const [datePart, timePart = '00:00'] = text.split(' ');
  const date = parseDate(datePart!);
  if (!date) throw new Error(`not a date: ${text}`);
  const [h, m] = timePart.split(':').map(Number);
  return fromLocal(date, h!, m!, timeZone);
}

let counter = 0;

export function entry(categoryId: string, start: number, end: number, id = `e${++counter}`): Entry {
  return { id, categoryId, start, end, note: '', tags: [], source: 'manual' };
}

export function timer(categoryId: string, start: number, id = 'timer'): RunningTimer {
  return { id, categoryId, start, note: '' };
}

export function settings(timeZone: string, patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(timeZone), ...patch };
}

export const CATEGORIES: readonly Category[] = [
  ...SEEDED_CATEGORIES,
  { id: 'meetings', name: 'Meetings', area: 'work', color: '#56B4E9', archived: false },
  { id: 'run', name: 'Running', area: 'fitness', color: '#F0E442', archived: false },
];

export const HOURS = (h: number) => h * 60;
