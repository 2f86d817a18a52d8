// CATEGORY on the command line: a category's id, or its name in any case ("work", "Work") and in either Unicode form
// (a macOS terminal may give "Café" decomposed). Archived ones are found too, so the service can say why it refuses
// them rather than the CLI saying they do not exist.
import { cleanText } from '../../shared/domain/cleanText';
import { sameName } from '../../shared/domain/nameKey';
import type { Category } from '../../shared/model';
import { Refusal } from './cliErrors';

/** A category's name as a person reads it on the terminal; its id when it is gone. */
export function categoryName(categories: readonly Pick<Category, 'id' | 'name'>[], id: string): string {
  return cleanText(categories.find((c) => c.id === id)?.name ?? id);
}

export function findCategory(categories: readonly Category[], wanted: string): Category {
  const folded = wanted.trim().toLocaleLowerCase();
  const found =
    categories.find((c) => c.id === wanted) ??
    categories.find((c) => sameName(c.name, wanted)) ??
    categories.find((c) => c.id.toLocaleLowerCase() === folded);
  if (found) return found;
  const names = categories.filter((c) => !c.archived).map((c) => cleanText(c.name));
  throw new Refusal(`There is no category called '${cleanText(wanted)}'. Categories: ${names.join(', ') || 'none'}.`);
}
