// The week's nudges (what was said, when, and what the person chose) and the entries a lock was overridden for,
// with the reason typed.
import type { Category } from '../../../shared/model';
import { useAppState, useSlice } from '../../AppEnv';
import { formatClockRange, formatMoment } from '../../format/formatClock';
import { localizeClocks } from '../../format/localizeClocks';
import { ErrorMessage } from '../shell/ErrorMessage';

const CHOICES: Record<string, string> = {
  stop: 'stopped the timer',
  start: 'started the timer',
  'snooze-15': 'snoozed 15 min',
  'snooze-60': 'snoozed 1 h',
  'snooze-day': 'not today',
  open: 'opened Timelock',
  dismissed: 'dismissed',
};

export function WeekLog({ locale }: { locale: string | undefined }) {
  const nudges = useSlice('weekLog', (state) => state.nudges);
  const overrides = useSlice('weekLog', (state) => state.overrides);
  const status = useSlice('weekLog', (state) => state.status);
  const error = useSlice('weekLog', (state) => state.error);
  const categories = useAppState((state) => state.categories);
  const timeZone = useAppState((state) => state.settings?.timeZone ?? 'UTC');
  const name = (id: string) => categories.find((c: Category) => c.id === id)?.name ?? 'Deleted category';
  if (error) return <ErrorMessage error={error} />;
  if (status !== 'ready') return null;
  return (
    <div className="week-log">
      <h3 id="nudges-heading">Nudges this week</h3>
      {nudges.length === 0 ? (
        <p className="empty">No nudges this week. Timelock nudges when a work window ends, the cap nears or a life area falls behind; choose which in Settings › Nudges.</p>
      ) : (
        <ul aria-labelledby="nudges-heading">
          {nudges.map((nudge) => (
            <li key={nudge.id}>
              <span className="log-time">{formatMoment(nudge.at, locale, timeZone)}</span> {localizeClocks(nudge.text, locale)}{' '}
              <span className="log-choice">({nudge.choice ? CHOICES[nudge.choice] ?? nudge.choice : 'no answer'})</span>
            </li>
          ))}
        </ul>
      )}
      <h3 id="overrides-heading">Locks overridden this week</h3>
      {overrides.length === 0 ? (
        <p className="empty">No lock was overridden this week.</p>
      ) : (
        <ul aria-labelledby="overrides-heading">
          {overrides.map((entry) => (
            <li key={entry.id}>
              <span className="log-time">
                {formatMoment(entry.start, locale, timeZone)} ({formatClockRange(entry.start, entry.end, locale, timeZone)})
              </span>{' '}
              {name(entry.categoryId)}: “{entry.overrideReason}”
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
