// The plan in and out as iCalendar: export the whole plan (repeating boxes as repeating events) as a download, and
// import a calendar into a chosen category: a weekly series Timelock can hold exactly as one repeating box, any other
// event as one box per occurrence in the next eight weeks. The import's answer is shown by its form, where the person
// is, not in the view's message line at the top, out of sight below a week of boxes.
import { useId, useState, type FormEvent } from 'react';
import type { Category } from '../../../shared/model';
import { useAppEnv } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { downloadText } from '../Settings/ExportForm';
import { CategorySelect } from '../shell/CategorySelect';
import { ErrorMessage } from '../shell/ErrorMessage';
import type { PlanMessage } from './usePlanActions';

export function PlanCalendarFiles({ categories, say }: { categories: readonly Category[]; say: (message: PlanMessage | null) => void }) {
  const { stores } = useAppEnv();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [categoryId, setCategoryId] = useState('');
  const [warnings, setWarnings] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<PlanMessage | null>(null);
  const chosen = categories.some((c) => c.id === categoryId) ? categoryId : (categories[0]?.id ?? '');

  const exportPlan = async () => {
    say(null);
    const result = await stores.planning.exportIcs({});
    if (!result.ok) return say({ kind: 'error', text: describeError(result.error) });
    downloadText(result.value.fileName, result.value.mimeType, result.value.content);
    say({ kind: 'saved', text: `Exported the plan as ${result.value.fileName}.` });
  };

  const importFile = async (event: FormEvent) => {
    event.preventDefault();
    say(null);
    setOutcome(null);
    setWarnings([]);
    if (!file) return setOutcome({ kind: 'error', text: 'Choose an .ics calendar file to import.' });
    const result = await stores.planning.importIcs({ text: await file.text(), categoryId: chosen });
    if (result === null) return;
    if (!result.ok) return setOutcome({ kind: 'error', text: describeError(result.error) });
    const { added, skipped, warnings: said } = result.value;
    const name = categories.find((c) => c.id === chosen)?.name ?? '';
    const notAdded = skipped === 1 ? '1 event was not added' : `${skipped} events were not added`;
    const text =
      added > 0
        ? `Imported ${added} ${added === 1 ? 'box' : 'boxes'} from ${file.name} into ${name}${said.some((w) => w.includes('went there')) ? ' (and the categories it names)' : ''}.${skipped > 0 ? ` ${notAdded}, as said below.` : ''}`
        : skipped > 0
          ? `Nothing new from ${file.name}: ${notAdded}, as said below.`
          : `Nothing added from ${file.name}: it has no events in the days imported.`;
    setOutcome({ kind: 'saved', text });
    setWarnings(said);
  };

  return (
    <div className="plan-files">
      <h3 id={`${id}-heading`}>Calendar files</h3>
      <div className="plan-files-row">
        <button type="button" onClick={() => void exportPlan()}>
          Export plan (.ics)
        </button>
        <form className="plan-import" onSubmit={(event) => void importFile(event)} noValidate aria-labelledby={`${id}-import`}>
          <span id={`${id}-import`} className="sr-only">
            Import a calendar
          </span>
          <div className="field">
            <label htmlFor={`${id}-file`}>Calendar file (.ics)</label>
            <input id={`${id}-file`} type="file" accept=".ics,text/calendar" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </div>
          <CategorySelect label="Into category" categories={categories} value={chosen} onChange={setCategoryId} />
          <button type="submit">Import calendar</button>
        </form>
      </div>
      {outcome?.kind === 'error' && <ErrorMessage error={outcome.text} onDismiss={() => setOutcome(null)} />}
      <p role="status" className="saved">
        {outcome?.kind === 'saved' ? outcome.text : ''}
      </p>
      {warnings.length > 0 && (
        <ul className="hint">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
