import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubIdleCallbacks, type IdleCallbacks } from '../../idleCallbacks';

let idle: IdleCallbacks['waiting'];
let runIdleTask: IdleCallbacks['runOne'];
/** Intl.DateTimeFormat objects built since the count began. */
let built = 0;
const OriginalDateTimeFormat = Intl.DateTimeFormat;
beforeEach(() => {
  ({ waiting: idle, runOne: runIdleTask } = stubIdleCallbacks());
  class Counted extends OriginalDateTimeFormat {
    constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      super(...args);
      built++;
    }
  }
  Intl.DateTimeFormat = Counted as typeof Intl.DateTimeFormat;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  Intl.DateTimeFormat = OriginalDateTimeFormat;
});


/** The window on Today, its code loaded afresh (the warm-up runs once per window), with the warm-up waiting. */
async function todayWithWarmUpWaiting() {
  vi.resetModules();
  const { renderApp } = await import('../../renderApp');
  const shown = await renderApp();
  await waitFor(() => expect(idle.size).toBe(1));
  return shown;
}

async function openWeek(user: Awaited<ReturnType<typeof todayWithWarmUpWaiting>>['user']) {
  built = 0;
  await user.click(within(document.body).getByRole('link', { name: 'Week' }));
  await screen.findByRole('table', { name: /Timesheet/ });
  await screen.findByRole('figure', { name: 'Hours per day by category' });
}

describe('warmUpWeek', () => {
  it('first builds the formatters Week’s words use, so opening Week afterwards builds none', async () => {
    const { user } = await todayWithWarmUpWaiting();
    await runIdleTask();
    await openWeek(user);
    expect(built).toBe(0);
  });

  it('without it, opening Week builds them (what the step saves)', async () => {
    const { user } = await todayWithWarmUpWaiting();
    await openWeek(user);
    expect(built).toBeGreaterThan(0);
  });
});
