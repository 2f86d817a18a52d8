// Helpers for the timebox service tests: local wall-clock times as instants, and a call that returns the error
// envelope instead of failing, for refusals.
import { fromLocal, parseDate, toLocal } from '../../../shared/domain/time';
import type { ChannelName } from '../../../shared/contract';
import type { AppErrorShape } from '../../../shared/result';
import type { TestHost } from '../../support/testHost';

/** The instant of 'yyyy-MM-dd' 'HH:mm' in a zone (Berlin unless told). */
export function at(date: string, time: string, timeZone = 'Europe/Berlin'): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return fromLocal(parseDate(date)!, h, m, timeZone);
}

/** 'yyyy-MM-dd HH:mm' of an instant in a zone. */
export function wall(instant: number, timeZone = 'Europe/Berlin'): string {
  const l = toLocal(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${l.year}-${two(l.month)}-${two(l.day)} ${two(l.hour)}:${two(l.minute)}`;
}

/** The error a channel answers with; fails the test when it answers ok. */
export async function refusal(host: TestHost, channel: ChannelName, payload: unknown): Promise<AppErrorShape> {
  const result = await host.app.router.call(channel, payload);
  if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(payload)}`);
  return result.error;
}
