// Time away from a running timer, asked about when the person is back: keep it, discard it, or count it as another
// category. The same question closes in every window once answered anywhere.
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { IdleChoice, IdleQuestion } from '../../../shared/model';
import { useAppEnv, useAppState } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { formatClock, formatClockRange, formatDuration } from '../../format/formatClock';
import { CategorySelect } from './CategorySelect';
import { Dialog } from './Dialog';

const CAUSES: Record<IdleQuestion['cause'], string> = {
  idle: 'there was no keyboard or mouse input',
  sleep: 'the computer was asleep',
  'lock-screen': 'the screen was locked',
  closed: 'Timelock was not running',
};

export function IdleDialog({ question, onClose }: { question: IdleQuestion; onClose: () => void }) {
  const { stores, locale } = useAppEnv();
  const allCategories = useAppState((state) => state.categories);
  const timeZone = useAppState((state) => state.settings?.timeZone ?? 'UTC');
  const categories = useMemo(() => allCategories.filter((c) => !c.archived && c.id !== question.timer.categoryId), [allCategories, question.timer.categoryId]);
  const ids = { group: useId(), error: useId() };
  const [choice, setChoice] = useState<IdleChoice>('keep');
  const [categoryId, setCategoryId] = useState(categories[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const timerName = allCategories.find((c) => c.id === question.timer.categoryId)?.name ?? 'deleted category';
  const away = formatClockRange(question.idleStart, question.idleEnd, locale, timeZone);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await stores.locks.resolveIdle(choice === 'move' ? { choice, categoryId } : { choice });
    if (result === null) return;
    if (!result.ok) return setError(describeError(result.error));
    stores.prompts.getState().idleResolved(question.id);
  };

  return (
    <Dialog title="You were away" onCancel={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>
          The {timerName} timer was running while you were away, {away} ({formatDuration(question.minutes, locale)}): {CAUSES[question.cause]}. What should that time count
          as?
        </p>
        <fieldset aria-describedby={error ? ids.error : undefined}>
          <legend>The time away</legend>
          <label>
            <input type="radio" name={ids.group} checked={choice === 'keep'} onChange={() => setChoice('keep')} data-autofocus />
            Keep it as {timerName}
          </label>
          <label>
            <input type="radio" name={ids.group} checked={choice === 'discard'} onChange={() => setChoice('discard')} />
            Discard it: the entry ends at {formatClock(question.idleStart, locale, timeZone)} and no timer runs
          </label>
          {categories.length > 0 && (
            <label>
              <input type="radio" name={ids.group} checked={choice === 'move'} onChange={() => setChoice('move')} />
              Count it as another category; {timerName} goes on from {formatClock(question.idleEnd, locale, timeZone)}
            </label>
          )}
        </fieldset>
        {choice === 'move' && (
          <CategorySelect label="Category for the time away" categories={categories} value={categoryId} onChange={setCategoryId} />
        )}
        {error && (
          <p id={ids.error} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit">Answer</button>
          <button type="button" onClick={onClose}>
            Decide later
          </button>
        </div>
      </form>
    </Dialog>
  );
}
