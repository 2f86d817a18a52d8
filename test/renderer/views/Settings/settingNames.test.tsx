import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SETTING_NAMES } from '../../../../shared/settingNames';
import { renderApp } from '../../renderApp';

// A sync conflict names a setting by SETTING_NAMES: each must be what the Settings page calls it, so a label renamed
// there without the table (or the other way round) fails here.
const NOT_ON_THE_PAGE = new Set(['timeline', 'daysOff', 'welcomePending', 'welcomeStep']);

describe('Settings: the names a setting goes by elsewhere', () => {
  it('every setting a conflict can name is a label, a legend or a section of the Settings page by that name', async () => {
    await renderApp({ view: 'settings', host: 'electron' });
    await screen.findByRole('heading', { level: 2, name: 'Settings' });
    const shown = Array.from(document.querySelectorAll('#settings label, #settings legend, #settings h3')).map((e) => e.textContent?.trim() ?? '');
    const missing = Object.entries(SETTING_NAMES).filter(([key, name]) => !NOT_ON_THE_PAGE.has(key) && !shown.some((text) => text === name || text.startsWith(`${name} (`) || text.startsWith(`${name}:`)));
    expect(missing).toEqual([]);
  });
});
