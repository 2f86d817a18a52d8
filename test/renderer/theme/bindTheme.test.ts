import { describe, expect, it } from 'vitest';
import { bindTheme } from '../../../renderer/theme/bindTheme';
import { createAppStore } from '../../../renderer/state/appStore';
import { createTestApi } from '../testApi';

describe('bindTheme', () => {
  it("follows settings.theme onto data-theme, leaving the page's own until the settings arrive", async () => {
    const api = await createTestApi({ settings: { theme: 'dark' } });
    const app = createAppStore(api);
    const root = document.createElement('html');
    // The browser host's page carries the person's theme for the screen it drew: kept, not reset to the system's
    // (a dark screen flashed light, then dark again).
    root.dataset.theme = 'dark';
    const unbind = bindTheme(app, root);
    expect(root.dataset.theme).toBe('dark');
    const bare = document.createElement('html');
    bindTheme(app, bare);
    expect(bare.dataset.theme).toBeUndefined();

    await app.getState().load();
    expect(root.dataset.theme).toBe('dark');

    await app.getState().updateSettings({ theme: 'light' });
    expect(root.dataset.theme).toBe('light');

    unbind();
    await app.getState().updateSettings({ theme: 'system' });
    expect(root.dataset.theme).toBe('light');
  });
});
