// Today's first render writes its numbers and clock times from the conventions the snapshot brought: it constructs
// no Intl object, so the window's ICU (~30 ms of CPU the first time, several times that in wall time on a loaded machine) is not started before the first paint.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdFrames } from '../../heldFrames';
import { region, renderApp } from '../../renderApp';
import { createTestApi, seedWeek } from '../../testApi';
import { NOW, SAMPLE_WEEK } from '../../fixtures';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const CONSTRUCTORS = ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Collator', 'Segmenter', 'DisplayNames'] as const;
const originals = new Map(CONSTRUCTORS.map((name) => [name, Intl[name]]));

/**
 * Records the window's Intl constructions. The test's host runs in this same process and reads the conventions with
 * Intl (as the real host does in its own); its constructions come through electron/ and are not the window's.
 */
function watchIntl(): string[] {
  const made: string[] = [];
  for (const name of CONSTRUCTORS) {
    const original = originals.get(name)! as unknown as new (...args: unknown[]) => object;
    (Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
      construct(target, args) {
        const stack = new Error().stack ?? '';
        if (!/[/\\](electron|test[/\\]support)[/\\]/.test(stack)) made.push(`${name} ${JSON.stringify(args)}\n${stack}`);
        return new target(...args);
      },
    });
  }
  return made;
}

afterEach(() => {
  for (const [name, original] of originals) (Intl as unknown as Record<string, unknown>)[name] = original;
  vi.unstubAllGlobals();
});

describe('Today’s first render', () => {
  it('constructs no Intl object: hours, the window’s end, the running timer and today’s entries come from the host’s conventions', async () => {
    const api = await createTestApi();
    await seedWeek(api, SAMPLE_WEEK);
    await api.host.call('timer.start', { categoryId: 'work' });
    const made = watchIntl();
    const frames = holdFrames();
    const { stores } = await renderApp({ api, waitForReady: false });
    // The first screen as it is painted: the heading, the figures and today's entries in, no frame yet.
    await screen.findByRole('heading', { level: 2, name: 'Today' });
    await waitFor(() => expect(stores.week.getState().summary).not.toBeNull());
    await waitFor(() => expect(stores.today.getState().status).toBe('ready'));
    const today = region('Today');
    // What Intl would write for en-US, read here after the render.
    expect(today.getByText(/this week/).textContent).toMatch(/^\d+(\.\d)? of 35 h this week · .* · window ends 5:00 PM$/);
    expect(screen.getByRole('timer').textContent).toBe('0:00:00');
    expect(today.getAllByText(/\d:\d\d [AP]M–\d{1,2}:\d\d [AP]M/).length).toBeGreaterThan(0);
    expect(made).toEqual([]);
    // The form below the fold comes once that screen is painted.
    expect(today.queryByRole('heading', { name: 'Add time by hand' })).not.toBeInTheDocument();
    await frames.paint();
    expect(await today.findByRole('heading', { name: 'Add time by hand' })).toBeInTheDocument();
  });

  it('draws the first eight of today’s entries first, and the rest once that screen is painted', async () => {
    const api = await createTestApi();
    // Eleven 20-minute entries from 02:00 Berlin time, every 40 minutes, all before the fixture's now.
    const starts = Array.from({ length: 11 }, (_, i) => NOW - 9 * HOUR + i * 40 * MINUTE);
    for (const start of starts) await api.host.call('entries.add', { categoryId: 'family', start, end: start + 20 * MINUTE });
    const frames = holdFrames();
    const { stores } = await renderApp({ api, waitForReady: false });
    await waitFor(() => expect(stores.today.getState().status).toBe('ready'));
    const rows = () => within(region('Today').getByRole('list', { name: 'Logged today' })).getAllByRole('listitem');
    await waitFor(() => expect(rows()).toHaveLength(8));
    expect(rows()[0]!.textContent).toContain('2:00 AM–2:20 AM');
    expect(rows()[7]!.textContent).toContain('6:40 AM–7:00 AM');
    await frames.paint();
    await waitFor(() => expect(rows()).toHaveLength(11));
    expect(rows()[10]!.textContent).toContain('8:40 AM–9:00 AM');
  });

  it('builds no time field: Chromium’s first <input type="time"> costs 35–50 ms (its date-time editor and picker icon)', async () => {
    await renderApp();
    expect(region('Today').getByRole('textbox', { name: 'Started at' })).toBeInTheDocument();
    expect(document.querySelectorAll('input[type="time"]')).toHaveLength(0);
  });
});
