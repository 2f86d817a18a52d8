// Exports: Timelock CSV (entries), JSON (the whole data) and iCalendar (entries as events), for all time or for
// local dates from/to. The host saves the content where the person chooses; nothing here touches the disk.
import { dayBounds, formatDate, fromLocal, localDateOf, parseDate } from '../../shared/domain/time';
import type { ExportFile, ExportRequest } from '../../shared/transferModel';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';
import { writeIcsCalendar } from './export/icsCalendar';
import { writeTimelockCsv } from './export/timelockCsv';
import { buildTimelockData, entriesOfRange, type DataRange } from './export/timelockDataDocument';

const MIME = { csv: 'text/csv;charset=utf-8', json: 'application/json', ics: 'text/calendar;charset=utf-8' } as const;

export class ExportService {
  constructor(private readonly ctx: ServiceContext) {}

  export(request: ExportRequest): ExportFile {
    const store = this.ctx.store;
    const now = this.ctx.clock.now();
    const { timeZone } = store.getSettings();
    const range = rangeOf(request, timeZone);
    const entries = entriesOfRange(store, range);
    const categories = store.getCategories();
    const fileName = `${fileStem(range, formatDate(localDateOf(now, timeZone)))}.${request.format}`;
    switch (request.format) {
      case 'csv':
        return { fileName, mimeType: MIME.csv, content: writeTimelockCsv(entries, categories, timeZone) };
      case 'json':
        return { fileName, mimeType: MIME.json, content: `${JSON.stringify(buildTimelockData(store, now, range), null, 2)}\n` };
      case 'ics':
        return { fileName, mimeType: MIME.ics, content: writeIcsCalendar(entries, categories, now) };
    }
  }

  handlers(): HandlerSet {
    return { 'export.data': (request) => this.export(request) };
  }
}

/** Local dates, both included, as instants: from local midnight of `from` to the midnight after `to`. */
export function rangeOf(request: { from?: string; to?: string }, timeZone: string): DataRange | null {
  if (request.from === undefined && request.to === undefined) return null;
  const from = request.from === undefined ? null : parseDate(request.from);
  const to = request.to === undefined ? null : parseDate(request.to);
  return {
    from: request.from ?? null,
    to: request.to ?? null,
    start: from ? fromLocal(from, 0, 0, timeZone) : 0,
    end: to ? dayBounds(to, timeZone).end : Number.MAX_SAFE_INTEGER,
  };
}

function fileStem(range: DataRange | null, today: string): string {
  if (!range) return `timelock-${today}`;
  if (range.from && range.to) return range.from === range.to ? `timelock-${range.from}` : `timelock-${range.from}-to-${range.to}`;
  return range.from ? `timelock-from-${range.from}` : `timelock-to-${range.to}`;
}
