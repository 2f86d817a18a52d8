// Settings: for now the weekly cap.
import { useAppState } from '../../AppEnv';
import { WeeklyCapForm } from './WeeklyCapForm';

export function SettingsView() {
  const capMinutes = useAppState((state) => state.settings?.weeklyCapMinutes);
  return (
    <section id="settings" className="view" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      {capMinutes !== undefined && <WeeklyCapForm capMinutes={capMinutes} />}
    </section>
  );
}
