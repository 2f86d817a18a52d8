// The one category picker: a labelled select of categories in the order given, used wherever a person chooses where
// time or a box goes. The caller decides which categories are offered (active only, or an archived one kept).
import { useId } from 'react';
import type { Category } from '../../../shared/model';

export interface CategorySelectProps {
  /** The visible label, which is also the select's accessible name. */
  label: string;
  categories: readonly Category[];
  value: string;
  onChange: (categoryId: string) => void;
  autoFocus?: boolean;
}

export function CategorySelect({ label, categories, value, onChange, autoFocus }: CategorySelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} autoFocus={autoFocus}>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </select>
    </div>
  );
}
