// Categories: every one in use and archived, each editable, and a form to add one in a life area.
import { useState, type FormEvent } from 'react';
import type { Area } from '../../../shared/model';
import { useAppEnv, useAppState } from '../../AppEnv';
import { AREA_NAMES } from '../../charts/areaColors';
import { describeError } from '../../format/describeError';
import { CategoryFields } from './CategoryFields';
import { CategoryRow } from './CategoryRow';
import { PALETTE } from './categoryPalette';
import { useTypedDraft } from './useTypedDraft';
import { FormResult } from '../shell/FormResult';
import { UnsavedMark } from './UnsavedMark';

const NEW_CATEGORY = { name: '', area: 'work' as Area, color: null };

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
  const firstFree = PALETTE.find((p) => !used.includes(p.color.toUpperCase()))?.color ?? PALETTE[0]!.color;
  // Kept as a draft: a name typed and not added yet survives leaving Settings and counts as unsaved.
  const draft = useTypedDraft<{ name: string; area: Area; color: string | null }>('new-category', 'Add a category', NEW_CATEGORY);
  const { name, area, color } = draft.value;
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setMessage({ kind: 'error', text: 'Give the new category a name.' });
    const result = await stores.categories.add({ name: name.trim(), area, color: color ?? firstFree });
    if (!result.ok) return setMessage({ kind: 'error', text: describeError(result.error) });
    setMessage({ kind: 'saved', text: `${result.value.name} added to ${AREA_NAMES[result.value.area].toLowerCase()}.` });
    draft.clear();
  };
  return (
    <form className="add-category" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="add-category-heading">
      <h4 id="add-category-heading">Add a category</h4>
      <CategoryFields
        name={name}
        onName={(next) => draft.set({ ...draft.value, name: next })}
        area={area}
        onArea={(next) => draft.set({ ...draft.value, area: next })}
        color={color ?? firstFree}
        onColor={(next) => draft.set({ ...draft.value, color: next })}
        colors={PALETTE}
      />
      <button type="submit">Add category</button>
      <UnsavedMark shown={draft.typed} onUndo={draft.clear} text="Changed, not added yet" />
      <FormResult message={message} />
    </form>
  );
}
