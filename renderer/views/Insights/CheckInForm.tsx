// The optional weekly check-in: energy and mood from 1 to 5 and a note, for the week being viewed.
import { useId, useState, type FormEvent } from 'react';
import type { CheckIn } from '../../../shared/model';
import { useAppEnv, useSlice } from '../../AppEnv';
import { describeError } from '../../format/describeError';

const SCALE = [1, 2, 3, 4, 5] as const;
const WORDS = { 1: 'very low', 2: 'low', 3: 'middling', 4: 'good', 5: 'very good' } as const;

function Scale({ legend, name, value, onChange }: { legend: string; name: string; value: number; onChange: (value: number) => void }) {
  return (
    <fieldset className="scale">
      <legend>{legend}</legend>
      {SCALE.map((n) => (
        <label key={n}>
          <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
          {n} <span className="scale-word">{WORDS[n]}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function CheckInForm({ week, existing }: { week: string; existing: CheckIn | undefined }) {
  const { stores } = useAppEnv();
  const saveError = useSlice('checkIns', (state) => state.saveError);
  const noteId = useId();
  const name = useId();
  const [energy, setEnergy] = useState(existing?.energy ?? 3);
  const [mood, setMood] = useState(existing?.mood ?? 3);
  const [note, setNote] = useState(existing?.note ?? '');
  const [saved, setSaved] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    if (await stores.checkIns.getState().save({ week, energy, mood, ...(note.trim() ? { note: note.trim() } : {}) })) setSaved(`Check-in for ${week} saved.`);
  };
  return (
    <form className="check-in" onSubmit={(event) => void submit(event)} aria-labelledby="check-in-heading">
      <h3 id="check-in-heading">How was week {week}?</h3>
      <p className="hint">Optional. Only you see it; it is plotted beside your hours.</p>
      <Scale legend="Energy" name={`${name}-energy`} value={energy} onChange={setEnergy} />
      <Scale legend="Mood" name={`${name}-mood`} value={mood} onChange={setMood} />
      <label htmlFor={noteId}>Note (optional)</label>
      <textarea id={noteId} rows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
      <button type="submit">{existing ? 'Update check-in' : 'Save check-in'}</button>
      {saveError && (
        <p className="field-error" role="alert">
          {describeError(saveError)}
        </p>
      )}
      <p role="status" className="saved">
        {saved}
      </p>
    </form>
  );
}
