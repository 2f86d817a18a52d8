// One category in Settings: rename, recolour, move to another life area, archive or bring back. Archiving keeps its
// history: its entries still count in every week they belong to. What is typed and not saved yet is kept as a
// draft (by the category's id), so leaving Settings keeps it and the page counts it as unsaved.
import { useState, type FormEvent } from 'react';
import type { Category } from '../../../shared/model';
import { useAppEnv } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { CategoryFields } from './CategoryFields';
import { PALETTE, colorName } from './categoryPalette';
import { useTypedDraft } from './useTypedDraft';
import { FormResult } from '../shell/FormResult';
import { UnsavedMark } from './UnsavedMark';

export function CategoryRow({ category }: { category: Category }) {
  const { stores } = useAppEnv();
  const stored = { name: category.name, area: category.area, color: category.color };
  const draft = useTypedDraft(`category:${category.id}`, `Category “${category.name}”`, stored);
  const { name, area, color } = draft.value;
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const dirty = draft.typed;
  const colors = PALETTE.some((p) => p.color.toLowerCase() === category.color.toLowerCase()) ? PALETTE : [...PALETTE, { color: category.color, name: colorName(category.color) }];

  const run = async (request: Parameters<typeof stores.categories.update>[0], saved: string) => {
    const result = await stores.categories.update(request);
    // A move to another area re-reads the weeks already lived: said with "saved", in the service's words.
    setMessage(result.ok ? { kind: 'saved', text: result.value.livedWeeks ? `${saved} ${result.value.livedWeeks}` : saved } : { kind: 'error', text: describeError(result.error) });
    return result.ok;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setMessage({ kind: 'error', text: 'A category needs a name.' });
    if (await run({ id: category.id, name: name.trim(), area, color }, `${name.trim()} saved.`)) draft.clear();
  };

  return (
    <li className={category.archived ? 'category-row archived' : 'category-row'}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={`Category ${category.name}`}>
        <span className="swatch" aria-hidden="true" style={{ background: color }} />
        <CategoryFields
          name={name}
          onName={(next) => draft.set({ ...draft.value, name: next })}
          area={area}
          onArea={(next) => draft.set({ ...draft.value, area: next })}
          color={colors.find((p) => p.color.toLowerCase() === color.toLowerCase())?.color ?? color}
          onColor={(next) => draft.set({ ...draft.value, color: next })}
          colors={colors}
        />
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
        <UnsavedMark shown={dirty} onUndo={draft.clear} undoLabel={`Undo changes to ${category.name}`} />
        {category.archived && <p className="hint">Archived: not offered for new time; its past entries still count.</p>}
        <FormResult message={message} />
      </form>
    </li>
  );
}
