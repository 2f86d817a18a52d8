// The fields a category is made of (name, life area, colour), shared by the add form and each category's row so
// both ask the same questions with the same labels and limits.
import { useId } from 'react';
import type { Area } from '../../../shared/model';
import { AREAS } from '../../../shared/modelNames';
import { AREA_NAMES } from '../../charts/areaColors';

export interface CategoryFieldsProps {
  name: string;
  onName(name: string): void;
  area: Area;
  onArea(area: Area): void;
  /** The colour shown as chosen; one of `colors`. */
  color: string;
  onColor(color: string): void;
  colors: ReadonlyArray<{ color: string; name: string }>;
}

export function CategoryFields({ name, onName, area, onArea, color, onColor, colors }: CategoryFieldsProps) {
  const ids = { name: useId(), area: useId(), color: useId() };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.name}>Name</label>
        <input id={ids.name} type="text" maxLength={60} value={name} onChange={(event) => onName(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.area}>Life area</label>
        <select id={ids.area} value={area} onChange={(event) => onArea(event.target.value as Area)}>
          {AREAS.map((a) => (
            <option key={a} value={a}>
              {AREA_NAMES[a]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.color}>Colour</label>
        <select id={ids.color} value={color} onChange={(event) => onColor(event.target.value)}>
          {colors.map((p) => (
            <option key={p.color} value={p.color}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
