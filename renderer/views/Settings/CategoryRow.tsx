// One category in Settings: rename, recolour, move to another life area, archive or bring back. Archiving keeps its
// history: its entries still count in every week they belong to.
import { useId, useState, type FormEvent } from 'react';
import { AREAS, type Area, type Category } from '../../../shared/model';
import { useAppEnv } from '../../AppEnv';
import { AREA_NAMES } from '../../charts/areaColors';
import { describeError } from '../../format/describeError';
import { PALETTE, colorName } from './categoryPalette';

export function CategoryRow({ category }: { category: Category }) {
  const { stores } = useAppEnv();
  const ids = { name: useId(), area: useId(), color: useId() };
  const [name, setName] = useState(category.name);
  const [area, setArea] = useState<Area>(category.area);
  const [color, setColor] = useState(category.color);
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const dirty = name !== category.name || area !== category.area || color !== category.color;
  const colors = PALETTE.some((p) => p.color.toLowerCase() === category.color.toLowerCase()) ? PALETTE : [...PALETTE, { color: category.color, name: colorName(category.color) }];

  const run = async (request: Parameters<typeof stores.categories.update>[0], saved: string) => {
    const result = await stores.categories.update(request);
    setMessage(result.ok ? { kind: 'saved', text: saved } : { kind: 'error', text: describeError(result.error) });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setMessage({ kind: 'error', text: 'A category needs a name.' });
    void run({ id: category.id, name: name.trim(), area, color }, `${name.trim()} saved.`);
  };

  return (
    <li className={category.archived ? 'category-row archived' : 'category-row'}>
      <form onSubmit={submit} noValidate aria-label={`Category ${category.name}`}>
        <span className="swatch" aria-hidden="true" style={{ background: color }} />
        <div className="field">
          <label htmlFor={ids.name}>Name</label>
          <input id={ids.name} type="text" maxLength={60} value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.area}>Life area</label>
          <select id={ids.area} value={area} onChange={(event) => setArea(event.target.value as Area)}>
            {AREAS.map((a) => (
              <option key={a} value={a}>
                {AREA_NAMES[a]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.color}>Colour</label>
          <select id={ids.color} value={colors.find((p) => p.color.toLowerCase() === color.toLowerCase())?.color ?? color} onChange={(event) => setColor(event.target.value)}>
            {colors.map((p) => (
              <option key={p.color} value={p.color}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="row-actions">
          <button type="submit" aria-label={`Save ${category.name}`} aria-disabled={!dirty || undefined}>
            Save
          </button>
          <button
            type="button"
            aria-label={`${category.archived ? 'Unarchive' : 'Archive'} ${category.name}`}
            onClick={() => void run({ id: category.id, archived: !category.archived }, category.archived ? `${category.name} is back in use.` : `${category.name} archived; its history is kept.`)}
          >
            {category.archived ? 'Unarchive' : 'Archive'}
          </button>
        </div>
        {category.archived && <p className="hint">Archived: not offered for new time; its past entries still count.</p>}
        {message && (
          <p className={message.kind === 'error' ? 'field-error' : 'saved'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </form>
    </li>
  );
}
