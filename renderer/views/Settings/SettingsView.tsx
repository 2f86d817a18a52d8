// Settings, in sections a table of contents links to: limits and locks, work windows, nudges, balance targets,
// categories, general, data. The settings forms share one Save at the top (also Ctrl+S, or Enter in a field):
// a desktop settings page where a cap or a work window changes "from this week on" is changed on purpose, checked
// as a whole, and never half-applied by a keystroke.
import type { KeyboardEvent } from 'react';
import { useAppEnv, useAppState } from '../../AppEnv';
import { BoundaryTimeline } from '../Boundaries/BoundaryTimeline';
import { DaysOffSettings } from '../Boundaries/DaysOffSettings';
import { CategoriesSettings } from './CategoriesSettings';
import { CapForm, DAILY_CAP, WEEKLY_CAP } from './CapForm';
import { DataSettings } from './DataSettings';
import { GeneralForm } from './GeneralForm';
import { LockModeForm } from './LockModeForm';
import { NotificationsToggle } from './NotificationsToggle';
import { NudgesForm } from './NudgesForm';
import { QuietHoursForm } from './QuietHoursForm';
import { SettingsSection } from './SettingsSection';
import { SettingsPageSaveContext, useSettingsPageSave } from './settingsPageSave';
import { SyncSettings } from './SyncSettings';
import { TargetsForm } from './TargetsForm';
import { UnsavedSettings } from './UnsavedSettings';
import { WorkWindowsForm } from './WorkWindowsForm';

const SECTIONS = [
  ['settings-limits', 'Caps and lock'],
  ['settings-windows', 'Work windows'],
  ['settings-nudges', 'Nudges'],
  ['settings-targets', 'Balance targets'],
  ['settings-categories', 'Categories'],
  ['settings-general', 'General'],
  ['settings-sync', 'Sync'],
  ['settings-data', 'Data'],
] as const;

export function SettingsView() {
  const { host } = useAppEnv();
  const capMinutes = useAppState((state) => state.settings?.weeklyCapMinutes);
  const title = (id: (typeof SECTIONS)[number][0]) => SECTIONS.find(([key]) => key === id)![1];
  const page = useSettingsPageSave();
  const saveKey = (event: KeyboardEvent) => {
    if (event.key.toLowerCase() !== 's' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    event.preventDefault();
    void page.saveAll();
  };
  return (
    <SettingsPageSaveContext.Provider value={page}>
      <section id="settings" className="view" aria-labelledby="settings-heading" onKeyDown={saveKey}>
        <h2 id="settings-heading" tabIndex={-1}>
          Settings
        </h2>
        <nav aria-label="Settings sections" className="settings-toc">
          <ul>
            {SECTIONS.map(([id, name]) => (
              <li key={id}>
                <a href={`#${id}`}>{name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <UnsavedSettings />
        <SettingsSection id="settings-limits" title={title('settings-limits')} intro="How much work a week and a day, and how firmly Timelock holds you to it.">
          {capMinutes !== undefined && <CapForm cap={WEEKLY_CAP} />}
          <BoundaryTimeline />
          <CapForm cap={DAILY_CAP} />
          <DaysOffSettings />
          <LockModeForm />
        </SettingsSection>
        <SettingsSection id="settings-windows" title={title('settings-windows')} intro="The hours you mean to work on each day. Work outside them counts as off-hours.">
          <WorkWindowsForm />
        </SettingsSection>
        <SettingsSection id="settings-nudges" title={title('settings-nudges')} intro="Short reminders while you work. Each kind can be turned off.">
          <NudgesForm />
          <QuietHoursForm />
          {host === 'browser' && <NotificationsToggle />}
        </SettingsSection>
        <SettingsSection id="settings-targets" title={title('settings-targets')} intro="The least time a week for fitness and for family; the Balance view measures each week against these.">
          <TargetsForm />
        </SettingsSection>
        <SettingsSection id="settings-categories" title={title('settings-categories')} intro="Each category belongs to a life area: work, fitness or family.">
          <CategoriesSettings />
        </SettingsSection>
        <SettingsSection id="settings-general" title={title('settings-general')}>
          <GeneralForm />
        </SettingsSection>
        <SettingsSection id="settings-sync" title={title('settings-sync')} intro="One record across your computers, through a folder you already sync. No account, no server.">
          <SyncSettings />
        </SettingsSection>
        <SettingsSection id="settings-data" title={title('settings-data')} intro="Everything stays on this computer, in the data folder below.">
          <DataSettings />
        </SettingsSection>
      </section>
    </SettingsPageSaveContext.Provider>
  );
}
