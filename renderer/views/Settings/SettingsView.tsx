// Settings, in sections a table of contents links to: limits and locks, work windows, nudges, balance targets,
// categories, general, data.
import { useAppEnv, useAppState } from '../../AppEnv';
import { BoundaryTimeline } from '../Boundaries/BoundaryTimeline';
import { DaysOffSettings } from '../Boundaries/DaysOffSettings';
import { CategoriesSettings } from './CategoriesSettings';
import { DailyCapForm } from './DailyCapForm';
import { DataSettings } from './DataSettings';
import { GeneralForm } from './GeneralForm';
import { LockModeForm } from './LockModeForm';
import { NotificationsToggle } from './NotificationsToggle';
import { NudgesForm } from './NudgesForm';
import { QuietHoursForm } from './QuietHoursForm';
import { SettingsSection } from './SettingsSection';
import { SyncSettings } from './SyncSettings';
import { TargetsForm } from './TargetsForm';
import { UnsavedSettings } from './UnsavedSettings';
import { WeeklyCapForm } from './WeeklyCapForm';
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
  return (
    <section id="settings" className="view" aria-labelledby="settings-heading">
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
        {capMinutes !== undefined && <WeeklyCapForm capMinutes={capMinutes} />}
        <BoundaryTimeline />
        <DailyCapForm />
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
  );
}
