// Categories: every one in use and archived, each editable, and a form to add one in a life area.
import { useId, useState, type FormEvent } from 'react';
import { AREAS, type Area } from '../../../shared/model';
import { useAppEnv, useAppState } from '../../AppEnv';
import { AREA_NAMES } from '../../charts/areaColors';
import { describeError } from '../../format/describeError';
import { CategoryRow } from './CategoryRow';
import { PALETTE } from './categoryPalette';

export function CategoriesSettings() {
  const categories = useAppState((state) => state.categories);
  const active = categories.filter((c) => !c.archived);
  const archived = categories.filter((c) => c.archived);
  return (
    <>
      {categories.length === 0 && <p className="empty">No categories yet. Add your first below, for example “Work” in the work area.</p>}
      {/* One list, archived last, keyed by id: archiving keeps the row (and its message) where focus is. */}
      <ul className="category-list" aria-label="Categories">
        {[...active, ...archived].map((category) => (
          <CategoryRow key={category.id} category={category} />
        ))}
      </ul>
      <AddCategoryForm used={categories.map((c) => c.color.toUpperCase())} />
    </>
  );
}

function AddCategoryForm({ used }: { used: string[] }) {
  const { stores } = useAppEnv();
  const ids = { name: useId(), area: useId(), color: useId() };
  const firstFree = PALETTE.find((p) => !used.includes(p.color.toUpperCase()))?.color ?? PALETTE[0]!.color;
  const [name, setName] = useState('');
  const [area, setArea] = useState<Area>('work');
  const [color, setColor] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setMessage({ kind: 'error', text: 'Give the new category a name.' });
    const result = await stores.categories.add({ name: name.trim(), area, color: color ?? firstFree });
    if (!result.ok) return setMessage({ kind: 'error', text: describeError(result.error) });
    setMessage({ kind: 'saved', text: `${result.value.name} added to ${AREA_NAMES[result.value.area].toLowerCase()}.` });
    setName('');
    setColor(null);
  };
  return (
    <form className="add-category" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="add-category-heading">
      <h4 id="add-category-heading">Add a category</h4>
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
        <select id={ids.color} value={color ?? firstFree} onChange={(event) => setColor(event.target.value)}>
          {PALETTE.map((p) => (
            <option key={p.color} value={p.color}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Add category</button>
      {message && (
        <p className={message.kind === 'error' ? 'field-error' : 'saved'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
