// Test builders for timeboxes: a weekly series or a one-off in a few words, and local times read back.
import type { OneOffTimebox, WeeklyTimebox } from '../../../shared/planModel';
import { toLocal } from '../../../shared/domain/time';

/** A weekday 07:00–08:00 work series from Monday 2026-01-05; a patch giving durationMinutes drops the end time. */
export function weekly(patch: Partial<WeeklyTimebox> = {}): WeeklyTimebox {
  const series: WeeklyTimebox = {
    kind: 'weekly',
    id: 's1',
    categoryId: 'work',
    firstDate: '2026-01-05',
    startTime: '07:00',
    endTime: '08:00',
    weekdays: [1, 2, 3, 4, 5],
    until: null,
    overrides: {},
    cancelled: [],
    ...patch,
  };
  if (patch.durationMinutes !== undefined && patch.endTime === undefined) delete series.endTime;
  return series;
}

export function once(id: string, categoryId: string, start: number, end: number, title?: string): OneOffTimebox {
  return { kind: 'once', id, categoryId, start, end, ...(title === undefined ? {} : { title }) };
}

/** 'yyyy-MM-dd HH:mm' of an instant in a zone. */
export function localText(instant: number, timeZone: string): string {
  const l = toLocal(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${l.year}-${two(l.month)}-${two(l.day)} ${two(l.hour)}:${two(l.minute)}`;
}

export const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Auckland'] as const;
