// Settings → Sync's Choose… in the desktop app, over the real router and sync service in this process: the folder
// picked in the (stand-in) system dialog fills the field, and sync turns on through it. The browser host has no
// dialog and keeps the typed path only.
import { describe, expect, it } from 'vitest';
import { openSyncSettings as openSettings, syncFolder } from './syncWindow';

describe('choosing the sync folder in Settings → Sync', { timeout: 20_000 }, () => {
  it('in the desktop app, Choose… fills the folder field from the folder dialog, and sync turns on through that folder', async () => {
    const chosen = syncFolder();
    const { host, section, setUpForm, user } = await openSettings('electron', [chosen]);
    const form = await setUpForm();
    const field = form.getByRole('textbox', { name: 'Sync folder (full path)' });
    await user.click(form.getByRole('button', { name: 'Choose…' }));
    expect(field).toHaveValue(chosen);
    expect(field).toHaveFocus();
    // Choosing alone starts nothing.
    expect(await host.call('sync.status', {})).toBeNull();

    await user.type(form.getByRole('textbox', { name: 'Name of this computer' }), 'Laptop');
    await user.click(form.getByRole('button', { name: 'Turn sync on' }));
    expect(await section.findByText(`Sync is on: this computer is “Laptop”, syncing through ${chosen}.`)).toBeInTheDocument();
    expect((await host.call('sync.status', {}))?.folder).toBe(chosen);
  });

  it('a cancelled dialog leaves the path typed so far as it was', async () => {
    const { setUpForm, dialogs, user } = await openSettings('electron', [null]);
    const form = await setUpForm();
    const field = form.getByRole('textbox', { name: 'Sync folder (full path)' });
    await user.type(field, '/home/ada/Sync');
    await user.click(form.getByRole('button', { name: 'Choose…' }));
    expect(dialogs).toHaveLength(1);
    expect(field).toHaveValue('/home/ada/Sync');
  });

  it('in the browser host there is no Choose…: the folder is typed', async () => {
    const form = await (await openSettings('browser')).setUpForm();
    expect(form.getByRole('textbox', { name: 'Sync folder (full path)' })).toBeInTheDocument();
    expect(form.queryByRole('button', { name: /Choose/ })).not.toBeInTheDocument();
  });
});
