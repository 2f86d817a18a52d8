import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LocaleConventions } from '../../../shared/conventionsModel';

const NOW = Date.UTC(2026, 2, 25, 10);
const ZONE = 'Europe/Berlin';

/** The conventions as a host reads them in its own process, carried as JSON. */
async function hostConventions(locale: string): Promise<LocaleConventions> {
  vi.resetModules();
  const { readLocaleConventions } = await import('../../../shared/localeConventions');
  return JSON.parse(JSON.stringify(readLocaleConventions(locale, ZONE, NOW))) as LocaleConventions;
}

/** The window's formatting as a new renderer has it: no Intl formatter made, no zone offset found. */
async function freshWindow() {
  vi.resetModules();
  return {
    ...(await import('../../../renderer/format/conventionsInUse')),
    ...(await import('../../../renderer/format/formatClock')),
    ...(await import('../../../renderer/format/formatHours')),
    ...(await import('../../../renderer/format/formatElapsed')),
    ...(await import('../../../renderer/format/localizeClocks')),
  };
}

const constructors = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat };
function countIntl(): { made: number } {
  const count = { made: 0 };
  for (const [name, original] of Object.entries(constructors)) {
    (Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
      construct(target, args: unknown[]) {
        count.made++;
        return new (target as new (...a: unknown[]) => object)(...args);
      },
    });
  }
  return count;
}
afterEach(() => {
  Object.assign(Intl, constructors);
  vi.useRealTimers();
});

// Times through the week around now, on the hour and not, across midnight.
const INSTANTS = Array.from({ length: 14 * 24 }, (_, i) => NOW - 7 * 86_400_000 + i * 3_600_000 + (i % 7) * 60_000);

describe('the host’s conventions in the window', () => {
  it.each(['de-DE', 'en-US', 'ar-EG', 'ko-KR'])('%s: clock times in the zone, hours, durations and elapsed times as Intl writes them, with no Intl and no zone look-up of its own', async (locale) => {
    const given = await hostConventions(locale);
    const win = await freshWindow();
    const count = countIntl();
    win.adoptConventions(given);
    const written = {
      clocks: INSTANTS.map((t) => win.formatClock(t, locale, ZONE)),
      hours: [0, 1, 59, 1290, 2100, 123_456].map((m) => [win.formatHours(m, locale), win.formatCellHours(m, locale), win.formatDuration(m, locale)]),
      elapsed: win.formatElapsed(26 * 3_600_000 + 62_000, locale),
      hourCycle: win.systemHourCycle(locale),
      message: win.localizeClocks('Locked until 17:00.', locale),
    };
    expect(count.made).toBe(0);

    const intl = await freshWindow();
    expect(written).toEqual({
      clocks: INSTANTS.map((t) => intl.formatClock(t, locale, ZONE)),
      hours: [0, 1, 59, 1290, 2100, 123_456].map((m) => [intl.formatHours(m, locale), intl.formatCellHours(m, locale), intl.formatDuration(m, locale)]),
      elapsed: intl.formatElapsed(26 * 3_600_000 + 62_000, locale),
      hourCycle: intl.systemHourCycle(locale),
      message: intl.localizeClocks('Locked until 17:00.', locale),
    });
    expect(count.made).toBeGreaterThan(0);
  });

  it('another locale than the one given is written by Intl', async () => {
    const win = await freshWindow();
    win.adoptConventions(await hostConventions('de-DE'));
    expect(win.conventionsFor('fr-FR')).toBeNull();
    expect(win.formatHours(1290, 'fr-FR')).toBe('21,5 h');
  });

  it('conventions this window’s Intl does not share are dropped once its ICU starts, and Intl writes from then on', async () => {
    const given = await hostConventions('en-US');
    const other: LocaleConventions = { ...given, numbers: { ...given.numbers, decimal: '·' } };
    const win = await freshWindow();
    win.adoptConventions(other);
    expect(win.formatHours(1290, 'en-US')).toBe('21·5 h');
    // Any formatter the conventions do not cover starts this window's ICU, and the conventions are read again.
    win.formatDay(NOW, 'en-US', ZONE);
    expect(win.conventionsFor('en-US')).toBeNull();
    expect(win.formatHours(1290, 'en-US')).toBe('21.5 h');
  });

  it('a short while after they arrive they are checked even if nothing else has started ICU; the same ones are kept', async () => {
    vi.useFakeTimers();
    const given = await hostConventions('en-US');
    const win = await freshWindow();
    win.adoptConventions({ ...given, hourCycle: 'h23' });
    expect(win.systemHourCycle('en-US')).toBe('h23');
    vi.advanceTimersByTime(3000);
    expect(win.systemHourCycle('en-US')).toBe('h12');

    const again = await freshWindow();
    again.adoptConventions(given);
    vi.advanceTimersByTime(3000);
    expect(again.conventionsFor('en-US')).toBe(given);
  });
});
