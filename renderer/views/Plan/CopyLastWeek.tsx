// "Copy last week's plan": the one-off boxes of the week before, at the same local times in this week. Repeating
// boxes are not copied (they repeat by themselves) and a box already here is not copied twice; the answer says so.
import type { PlanCopyResult, PlanWeek } from '../../../shared/planModel';
import { useAppEnv } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import type { PlanMessage } from './usePlanActions';

const boxes = (n: number) => `${n} ${n === 1 ? 'box' : 'boxes'}`;

export function copyWords(result: PlanCopyResult): string {
  const { added, duplicates, seriesSkipped } = result;
  if (added.length === 0 && duplicates === 0 && seriesSkipped === 0) return 'Last week has no boxes to copy.';
  const parts = [added.length > 0 ? `Copied ${boxes(added.length)} from last week.` : 'Nothing new to copy from last week.'];
  if (duplicates > 0) parts.push(`${boxes(duplicates)} ${duplicates === 1 ? 'was' : 'were'} here already.`);
  if (seriesSkipped > 0) parts.push(`${boxes(seriesSkipped)} repeat${seriesSkipped === 1 ? 's' : ''} weekly by ${seriesSkipped === 1 ? 'itself' : 'themselves'}, so ${seriesSkipped === 1 ? 'it was' : 'they were'} not copied.`);
  return parts.join(' ');
}

export function CopyLastWeek({ plan, say }: { plan: PlanWeek; say: (message: PlanMessage | null) => void }) {
  const { stores } = useAppEnv();
  const copy = async () => {
    say(null);
    // The week before is the week containing the instant just before this one starts.
    const result = await stores.planning.copyWeek({ fromWeekAt: plan.start - 1, toWeekAt: plan.start });
    if (result === null) return;
    if (!result.ok) return say({ kind: 'error', text: describeError(result.error) });
    say({ kind: 'saved', text: copyWords(result.value) });
  };
  return (
    <button type="button" onClick={() => void copy()}>
      Copy last week’s plan
    </button>
  );
}
