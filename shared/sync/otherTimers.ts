// The timers other computers left running, read off the merged sync records: one per device (the timer kind is
// per-device), this computer's own left out, each with its computer's name as it last told the sync folder.
import type { JsonValue } from './canonicalJson';
import type { MergeState } from './mergeState';

export interface OtherTimer {
  device: { id: string; name: string };
  timer: { id: string; categoryId: string; start: number; note: string };
}

/** `devices`: the other computers sync knows, by id; a timer from one not (yet) among them is 'Another computer's. */
export function otherTimersIn(merged: MergeState, deviceId: string, devices: readonly { id: string; name: string }[]): OtherTimer[] {
  const names = new Map(devices.map((d) => [d.id, d.name]));
  return merged
    .liveRecords('timer')
    .filter(({ id }) => id !== deviceId)
    .flatMap(({ id, record }) => {
      const t = record as Record<string, JsonValue>;
      if (typeof t.id !== 'string' || typeof t.categoryId !== 'string' || typeof t.start !== 'number') return [];
      return [{ device: { id, name: names.get(id) ?? 'Another computer' }, timer: { id: t.id, categoryId: t.categoryId, start: t.start, note: typeof t.note === 'string' ? t.note : '' } }];
    });
}
