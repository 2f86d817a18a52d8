// Export as Timelock CSV, JSON (everything) or iCalendar, for a range of local dates or all of it; the file comes
// back as text and is saved through the browser's download.
import { useId, useState, type FormEvent } from 'react';
import { EXPORT_FORMATS } from '../../../shared/modelNames';
import { useAppEnv } from '../../AppEnv';
import { describeError } from '../../format/describeError';

const FORMAT_NAMES: Record<(typeof EXPORT_FORMATS)[number], string> = {
  csv: 'CSV (a spreadsheet of entries)',
  json: 'JSON (everything, for another Timelock)',
  ics: 'iCalendar (entries as calendar events)',
};

/** Hands a text file to the browser as a download. */
export function downloadText(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportForm() {
  const { stores } = useAppEnv();
  const ids = { format: useId(), from: useId(), to: useId() };
  const [format, setFormat] = useState<(typeof EXPORT_FORMATS)[number]>('csv');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (from && to && from > to) return setMessage({ kind: 'error', text: 'The first day must not come after the last.' });
    const result = await stores.transfer.getState().exportData({ format, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    if (!result.ok) return setMessage({ kind: 'error', text: describeError(result.error) });
    downloadText(result.value.fileName, result.value.mimeType, result.value.content);
    setMessage({ kind: 'saved', text: `Exported ${result.value.fileName}.` });
  };
  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="export-heading">
      <h4 id="export-heading">Export</h4>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.format}>Format</label>
          <select id={ids.format} value={format} onChange={(event) => setFormat(event.target.value as typeof format)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_NAMES[f]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.from}>From (optional)</label>
          <input id={ids.from} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>To (optional)</label>
          <input id={ids.to} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit">Export</button>
      </div>
      {message?.kind === 'error' && (
        <p className="field-error" role="alert">
          {message.text}
        </p>
      )}
      <p role="status" className="saved">
        {message?.kind === 'saved' ? message.text : ''}
      </p>
    </form>
  );
}
