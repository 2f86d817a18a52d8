// What an import would do, before it does it: the format read, the counts, the first rows, the mapping of projects
// to categories (each new category's life area can be changed), and what will be skipped and why.
import { useId } from 'react';
import type { Category } from '../../../shared/model';
import { AREAS } from '../../../shared/modelNames';
import { countWords } from '../../../shared/domain/words';
import type { ImportPreview } from '../../../shared/transferModel';
import { AREA_NAMES } from '../../charts/areaColors';
import { formatMoment } from '../../format/formatClock';

const FORMAT_NAMES: Record<ImportPreview['format'], string> = {
  toggl: 'Toggl CSV',
  clockify: 'Clockify CSV',
  harvest: 'Harvest CSV',
  generic: 'CSV with start and end columns',
  'timelock-csv': 'Timelock CSV',
  'timelock-json': 'Timelock JSON',
};
const STATUS: Record<ImportPreview['rows'][number]['status'], string> = {
  new: 'New',
  'needs-reason': 'New, with your reason',
  duplicate: 'Already there',
  problem: 'Problem',
};


/**
 * A problem by its line, once: the service's messages may name the line already ("line 2: …"). A message that
 * begins with the file's name ("toggl.csv has columns …") keeps the name as the person spelled it.
 */
function issueWords({ line, message }: { line: number; message: string }): string {
  const startsWithFileName = /^\S+\.\w+\s/.test(message);
  const text = startsWithFileName ? message : message.charAt(0).toUpperCase() + message.slice(1);
  return line === 0 || /^(line|entry) \d+:/i.test(message) ? text : `Line ${line}: ${message}`;
}

export interface ImportPreviewViewProps {
  preview: ImportPreview;
  categories: readonly Category[];
  map: Record<string, string>;
  onMap: (project: string, target: string) => void;
  locale: string | undefined;
  timeZone: string;
  /** Rows from another year than now's show their year. */
  now: number;
}

export function ImportPreviewView({ preview, categories, map, onMap, locale, timeZone, now }: ImportPreviewViewProps) {
  const id = useId();
  const when = (instant: number | null) => (instant === null ? '—' : formatMoment(instant, locale, timeZone, now));
  return (
    <div className="import-preview">
      <p>
        Read as {FORMAT_NAMES[preview.format]}: {countWords(preview.total, 'row', 'rows')}, {preview.toImport} to import
        {preview.needsReason.length > 0 && ` (${preview.needsReason.length} of them with the reason you give below)`}, {preview.duplicates} already there,{' '}
        {preview.problems.length} with {preview.problems.length === 1 ? 'a problem' : 'problems'}.
      </p>
      <table className="import-mapping">
        <caption>Projects to categories</caption>
        <thead>
          <tr>
            <th scope="col">Project in the file</th>
            <th scope="col">Rows</th>
            <th scope="col">Goes to</th>
          </tr>
        </thead>
        <tbody>
          {preview.mapping.map((m) => {
            // Prefixed values: the seeded categories' ids are the area names, and a bare 'work' means the area.
            const value = map[m.project] ?? (m.created || m.categoryId === null ? `area:${m.area}` : `category:${m.categoryId}`);
            return (
              <tr key={m.project}>
                <th scope="row">{m.project}</th>
                <td>{m.rows}</td>
                <td>
                  <select aria-label={`Category for ${m.project}`} value={value} onChange={(event) => onMap(m.project, event.target.value)}>
                    {AREAS.map((area) => (
                      <option key={area} value={`area:${area}`}>
                        New category “{m.category}” in {AREA_NAMES[area].toLowerCase()}
                      </option>
                    ))}
                    {categories.map((c) => (
                      <option key={c.id} value={`category:${c.id}`}>
                        Existing: {c.name}
                        {c.archived ? ' (archived)' : ''}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="import-rows">
        <caption>The first rows</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            <th scope="col">Project</th>
            <th scope="col">Category</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line}>
              <th scope="row">{row.line}</th>
              <td>{when(row.start)}</td>
              <td>{when(row.end)}</td>
              <td>{row.project}</td>
              <td>{row.category ?? '—'}</td>
              <td>{STATUS[row.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.problems.length > 0 && (
        <>
          <h5 id={`${id}-problems`}>Rows with problems (left out only if you choose so below)</h5>
          <ul className="issues" aria-labelledby={`${id}-problems`}>
            {preview.problems.map((p) => (
              <li key={`${p.line}:${p.message}`}>{issueWords(p)}</li>
            ))}
          </ul>
        </>
      )}
      {preview.needsReason.length > 0 && (
        <>
          <h5 id={`${id}-needs-reason`}>Work outside your windows or past a cap (imported with the reason you give below)</h5>
          <ul className="issues" aria-labelledby={`${id}-needs-reason`}>
            {preview.needsReason.map((p) => (
              <li key={p.line}>{issueWords(p)}</li>
            ))}
          </ul>
        </>
      )}
      {preview.warnings.length > 0 && (
        <>
          <h5 id={`${id}-warnings`}>Worth a look</h5>
          <ul className="issues" aria-labelledby={`${id}-warnings`}>
            {preview.warnings.map((w) => (
              <li key={`${w.line}:${w.message}`}>{issueWords(w)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
