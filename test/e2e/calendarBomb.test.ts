// The running browser host handed a calendar bomb (events repeating every minute since 1970): it refuses the file
// within seconds and keeps answering GET / meanwhile. The figures are printed for the record.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startWebHost, type RunningHost } from './webHost';

function calendar(events: number, rule: string): string {
  const body = Array.from({ length: events }, (_, i) =>
    ['BEGIN:VEVENT', `UID:bomb-${i}@example.test`, 'DTSTAMP:20260101T000000Z', 'DTSTART:19700101T000000Z', 'DTEND:19700101T000100Z', `RRULE:${rule}`, `SUMMARY:Bomb ${i}`, 'END:VEVENT'].join('\r\n'),
  );
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Bomb//EN', ...body, 'END:VCALENDAR', ''].join('\r\n');
}

/** Polls GET / one request after another while `work` runs; the slowest answer in ms. */
async function slowestPageWhile<T>(url: string, work: () => Promise<T>): Promise<{ value: T; tookMs: number; slowestMs: number; polls: number }> {
  let running = true;
  let slowestMs = 0;
  let polls = 0;
  const poll = (async () => {
    while (running) {
      const t0 = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      slowestMs = Math.max(slowestMs, performance.now() - t0);
      polls++;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const started = performance.now();
  const value = await work();
  const tookMs = performance.now() - started;
  running = false;
  await poll;
  return { value, tookMs, slowestMs, polls };
}

describe('browser host, handed a calendar bomb', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-bomb-'));
  let host: RunningHost | null = null;
  afterAll(async () => {
    await host?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    { name: '40 events every minute since 1970 (6 KB)', events: 40, rule: 'FREQ=MINUTELY' },
    { name: '500 such events', events: 500, rule: 'FREQ=MINUTELY' },
    { name: '40 events every minute whose BY parts make Timelock step through them', events: 40, rule: `FREQ=MINUTELY;BYHOUR=${Array.from({ length: 24 }, (_, h) => h).join(',')}` },
  ])('$name: refused within seconds, GET / answered in under a second meanwhile', async ({ name, events, rule }) => {
    host ??= await startWebHost(dataDir);
    await host.cookie();
    const running = host;
    const { value, tookMs, slowestMs, polls } = await slowestPageWhile(running.base, () => running.call('plan.importIcs', { text: calendar(events, rule), categoryId: 'work' }));
    console.log(`calendar bomb, ${name}: refused in ${Math.round(tookMs)} ms; slowest GET / meanwhile ${Math.round(slowestMs)} ms over ${polls} requests`);
    expect(value.ok).toBe(false);
    expect(value.error?.message).toMatch(/^This calendar would expand to more than 100,000 occurrences/);
    expect(tookMs).toBeLessThan(20_000);
    expect(slowestMs).toBeLessThan(1000);
    const week = await running.call('plan.week', {});
    expect((week.value as { occurrences: unknown[] }).occurrences).toEqual([]);
  });
});
