// Upgrades a stored document, step by step, from the data version it was saved with to the one this build writes.
// Data versions count layouts of the data folder, not app releases: an app update that keeps the layout keeps the number.
import type { DocumentKind } from './documents';

/** The layout this build reads and writes. Bump it together with a new step in `MIGRATIONS`. */
export const CURRENT_DATA_VERSION = 2;

/** Takes a parsed document of one version and returns it in the next version's layout (without `dataVersion`). */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Keyed by the data version a step migrates FROM. A document kind absent from a step did not change shape in it,
 * so it only gets the new version number.
 */
export type MigrationTable = Readonly<Record<number, Partial<Record<DocumentKind, Migration>>>>;

export const MIGRATIONS: MigrationTable = {
  // Version 0 is the pre-release layout: no `dataVersion` field, and the weekly cap stored in hours.
  0: {
    settings: (doc) => {
      const settings = doc.settings;
      if (!isPlainObject(settings) || typeof settings.weeklyCapHours !== 'number') return doc;
      const { weeklyCapHours, ...rest } = settings;
      return { ...doc, settings: { ...rest, weeklyCapMinutes: Math.round(weeklyCapHours * 60) } };
    },
  },
  // Version 1 held one current cap, daily cap, windows and targets. Version 2 dates them: the values saved become the
  // one span of the timeline, "since the start" (shown from the earliest week with data), and there are no days off.
  1: {
    settings: (doc) => {
      const settings = doc.settings;
      if (!isPlainObject(settings)) return doc;
      const { weeklyCapMinutes, dailyCapMinutes, workWindows, targets } = settings;
      return { ...doc, settings: { ...settings, timeline: [{ from: null, weeklyCapMinutes, dailyCapMinutes, workWindows, targets }], daysOff: [] } };
    },
  },
};

export type MigrationOutcome =
  | { state: 'ok'; doc: Record<string, unknown>; fromVersion: number }
  | { state: 'newer'; version: number }
  | { state: 'bad'; reason: string };

/** Brings a parsed document up to `current`; never throws (a failed step is reported as a bad document). */
export function migrateDocument(
  kind: DocumentKind,
  raw: unknown,
  table: MigrationTable = MIGRATIONS,
  current: number = CURRENT_DATA_VERSION,
): MigrationOutcome {
  if (!isPlainObject(raw)) return { state: 'bad', reason: 'it does not hold a JSON object' };
  // A document written before versioning existed has no field: that is version 0.
  const version = raw.dataVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { state: 'bad', reason: `its data version ${JSON.stringify(version)} is not a whole number` };
  }
  if (version > current) return { state: 'newer', version };
  let doc: Record<string, unknown> = raw;
  for (let from = version; from < current; from++) {
    const step = table[from];
    if (!step) return { state: 'bad', reason: `there is no upgrade from data version ${from}` };
    try {
      doc = { ...(step[kind]?.(doc) ?? doc), dataVersion: from + 1 };
    } catch (error) {
      return { state: 'bad', reason: `upgrading it from data version ${from} failed (${messageOf(error)})` };
    }
  }
  return { state: 'ok', doc, fromVersion: version };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
