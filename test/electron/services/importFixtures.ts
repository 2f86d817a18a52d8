// The project's own import fixtures (test/fixtures/imports/), and small helpers the import and export tests share.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Entry } from '../../../shared/model';
import type { TestHost } from '../../support/testHost';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/imports/', import.meta.url));

export function fixture(name: string): string {
  return fs.readFileSync(`${FIXTURES_DIR}${name}`, 'utf8');
}

/** An instant from an ISO text with its offset: at('2026-11-02T10:23:52+01:00'). */
export function at(iso: string): number {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) throw new Error(`not an instant: ${iso}`);
  return instant;
}

/** Stored entries with their category's name instead of its id, by start: what a person sees in a list. */
export function entriesByName(host: TestHost): Array<Omit<Entry, 'categoryId'> & { category: string }> {
  const names = new Map(host.app.store.getCategories().map((c) => [c.id, c.name]));
  return host.app.store.getEntries().map(({ categoryId, ...rest }) => ({ ...rest, category: names.get(categoryId) ?? categoryId }));
}

/** Calls a channel expecting a refusal, and answers the error envelope. */
export async function refused(host: TestHost, channel: 'import.apply' | 'import.preview' | 'backup.restore' | 'backup.restoreFile' | 'export.data', request: unknown) {
  const result = await host.app.router.call(channel, request);
  if (result.ok) throw new Error(`${channel} was expected to refuse, but answered ${JSON.stringify(result.value).slice(0, 300)}`);
  return result.error;
}

/** A small Toggl detailed CSV: [project, description, 'yyyy-MM-dd HH:mm:ss' start, end] per row, no duration column. */
export function togglCsv(rows: ReadonlyArray<readonly [string, string, string, string]>): string {
  const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const lines = rows.map(([project, description, start, end]) => {
    const [startDate, startTime] = start.split(' ');
    const [endDate, endTime] = end.split(' ');
    return [project, description, startDate, startTime, endDate, endTime].map((c) => cell(c ?? '')).join(',');
  });
  return ['Project,Description,Start date,Start time,End date,End time', ...lines].join('\n');
}
