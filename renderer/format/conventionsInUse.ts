// The reader's locale conventions as the host read them (app.snapshot), so the first screen's numbers and clock times
// are written without this window's own Intl: the first Intl formatter a renderer makes starts ICU, ~30 ms of CPU in its first
// paint. The host's Intl may know other conventions than this browser's (the browser host runs in any browser; Electron
// shares one ICU), so once this window has started its own ICU, or soon after the first paint, they are read again
// here and, where the two differ, this window's own Intl is used from then on.
import type { LocaleConventions } from '../../shared/conventionsModel';
import { readFormatConventions } from '../../shared/localeConventions';
import { addOffsetTables, confirmOffsetTables } from '../../shared/domain/time';

/** Long enough after the first answers for the first paint, and for the person's first click, to be done. */
const CONFIRM_AFTER_MS = 3000;

let inUse: LocaleConventions | null = null;
let confirmed = false;
let confirmTimer: ReturnType<typeof setTimeout> | undefined;

/** The conventions a snapshot brought; a snapshot without them (an older host, a test's) leaves everything to Intl. */
export function adoptConventions(given: LocaleConventions | undefined): void {
  if (!given || (inUse && inUse.locale === given.locale)) return;
  inUse = given;
  confirmed = false;
  addOffsetTables(given.offsets);
  clearTimeout(confirmTimer);
  confirmTimer = setTimeout(confirmConventions, CONFIRM_AFTER_MS);
}

/** The conventions to write `locale`'s numbers and clock times with, or null: ask Intl. */
export function conventionsFor(locale: string | undefined): LocaleConventions | null {
  return inUse && inUse.locale === locale ? inUse : null;
}

/** Reads the conventions again with this window's Intl; from a difference on, Intl writes everything. Once. */
export function confirmConventions(): void {
  if (!inUse || confirmed) return;
  confirmed = true;
  clearTimeout(confirmTimer);
  confirmOffsetTables(inUse.offsets);
  const own = readFormatConventions(inUse.locale);
  const mine = own && JSON.stringify([own.numbers, own.hourCycle, own.clock]);
  if (mine !== JSON.stringify([inUse.numbers, inUse.hourCycle, inUse.clock])) inUse = null;
}
