// The weekly targets for fitness and family, in hours: the Balance view measures the week against them.
import { useId } from 'react';
import { useAppEnv } from '../../AppEnv';
import { formatHours } from '../../format/formatHours';
import { parseHours } from '../../format/parseHours';
import { SettingsFormShell } from './SettingsSection';
import { useSettingsForm, type SaveStep } from './useSettingsForm';
import { FromWhen } from '../Boundaries/FromWhen';
import { numberFormat } from '../../format/intlFormats';

export function TargetsForm() {
  const { locale } = useAppEnv();
  const fitnessId = useId();
  const familyId = useId();
  const hours = (minutes: number) => numberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(minutes / 60);
  const form = useSettingsForm('Weekly targets', (s) => ({ fitness: hours(s.targets.fitnessMinutes), family: hours(s.targets.familyMinutes) }));
  const check = (): SaveStep => {
    const fitness = parseHours(form.value.fitness);
    const family = parseHours(form.value.family);
    if (fitness === null || family === null || fitness > 168 || family > 168) return form.refuse('Enter each target as a number of hours a week, from 0 to 168.');
    const targets = { fitnessMinutes: Math.round(fitness * 60), familyMinutes: Math.round(family * 60) };
    return form.saveFrom({ targets }, `Targets saved: fitness ${formatHours(targets.fitnessMinutes, locale)}, family ${formatHours(targets.familyMinutes, locale)} a week.`);
  };
  return (
    <SettingsFormShell label="Weekly targets" check={check} message={form.message} dirty={form.dirty} onReset={form.reset}>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fitnessId}>Fitness, at least (hours a week)</label>
          <input id={fitnessId} type="text" inputMode="decimal" value={form.value.fitness} onChange={(event) => form.change({ ...form.value, fitness: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={familyId}>Family, at least (hours a week)</label>
          <input id={familyId} type="text" inputMode="decimal" value={form.value.family} onChange={(event) => form.change({ ...form.value, family: event.target.value })} />
        </div>
      </div>
      <FromWhen name="targetsFrom" value={form.from} onChange={form.setFrom} />
    </SettingsFormShell>
  );
}
