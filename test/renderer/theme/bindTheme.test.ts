import { describe, expect, it } from 'vitest';
import { bindTheme } from '../../../renderer/theme/bindTheme';
import { createAppStore } from '../../../renderer/state/appStore';
import { createTestApi } from '../testApi';

describe('bindTheme', () => {
  it('follows settings.theme onto data-theme, system until the settings arrive', async () => {
    const api = await createTestApi({ settings: { theme: 'dark' } });
    const app = createAppStore(api);
    const root = document.createElement('html');
    const unbind = bindTheme(app, root);
    expect(root.dataset.theme).toBe('system');

    await app.getState().load();
    expect(root.dataset.theme).toBe('dark');

    await app.getState().updateSettings({ theme: 'light' });
    expect(root.dataset.theme).toBe('light');

    unbind();
    await app.getState().updateSettings({ theme: 'system' });
    expect(root.dataset.theme).toBe('light');
  });
});
