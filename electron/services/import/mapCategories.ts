// Projects to categories: each project becomes the category of the same name (matched by nameKey: ignoring case and
// how its accents are encoded), created in the work area (or the area a Timelock file says) unless the request's map
// sends it to another area or category.
// A bare map value that names an area wins over a category of that name or id (the seeded categories' ids are the
// area names), so a client that means one or the other without doubt says `area:fitness` or `category:<id>`.
import { createHash } from 'node:crypto';
import { CATEGORY_PALETTE } from '../../../shared/defaults';
import { canonicalName, nameKey } from '../../../shared/domain/nameKey';
import { AREAS, type Area, type Category } from '../../../shared/model';
import type { ImportIssue } from '../../../shared/transferModel';
import type { SourceRow } from './fileReader';

export interface ProjectTarget {
  /** The project as the file first names it. */
  project: string;
  category: Category;
  created: boolean;
}

export interface CategoryMapping {
  targetOf(project: string): ProjectTarget;
  /** Existing categories and the ones the import would create. */
  categories: Category[];
  /** A map value that names neither an area nor a category: the request is wrong, nothing is imported. */
  problems: ImportIssue[];
  warnings: ImportIssue[];
}

/**
 * The id of the category an import creates for a project: the same on every computer, so that the same file imported
 * on two synced computers makes one category there, not one from each (and their entries, whose ids come from the rows
 * (importedEntryId), then agree to the last field instead of showing as edited on both computers).
 */
export function importedCategoryId(project: string): string {
  return `imp-cat-${createHash('sha256').update(nameKey(project)).digest('hex').slice(0, 32)}`;
}

/** What a map value asks for: an area to create the category in, or an existing category (by id or name). */
type MapRule = { kind: 'area'; area: Area } | { kind: 'category'; to: string } | { kind: 'nothing' };

function ruleOf(to: string): MapRule {
  const prefixed = /^(area|category):(.*)$/i.exec(to);
  if (!prefixed) {
    const area = AREAS.find((a) => a === to.toLowerCase());
    return area ? { kind: 'area', area } : { kind: 'category', to };
  }
  const [, kind, rest] = prefixed;
  if (kind!.toLowerCase() === 'category') return { kind: 'category', to: rest!.trim() };
  const area = AREAS.find((a) => a === rest!.trim().toLowerCase());
  return area ? { kind: 'area', area } : { kind: 'nothing' };
}

/** `newId` names a category created for a project (given the project's name as the file has it). */
export function mapCategories(
  rows: readonly SourceRow[],
  existing: readonly Category[],
  map: Record<string, string> = {},
  newId: (project: string) => string,
): CategoryMapping {
  const byName = new Map(existing.map((c) => [nameKey(c.name), c]));
  const byId = new Map(existing.map((c) => [c.id, c]));
  const mapped = new Map(Object.entries(map).map(([project, to]) => [nameKey(project), { project, to: to.trim() }]));
  const problems: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const created: Category[] = [];
  const used = new Set(existing.map((c) => c.color.toLowerCase()));
  const targets = new Map<string, ProjectTarget>();
  const unmappable = new Set<string>();

  const create = (name: string, area: Area, color: string | undefined): Category => {
    const chosen =
      color && !used.has(color.toLowerCase())
        ? color
        : (CATEGORY_PALETTE.find((c) => !used.has(c.toLowerCase())) ?? CATEGORY_PALETTE[(existing.length + created.length) % CATEGORY_PALETTE.length]!);
    used.add(chosen.toLowerCase());
    const category: Category = { id: newId(name), name: canonicalName(name), area, color: chosen, archived: false };
    created.push(category);
    return category;
  };

  for (const row of rows) {
    const k = nameKey(row.project);
    if (targets.has(k) || unmappable.has(k)) continue;
    const rule = mapped.get(k);
    const parsed = rule ? ruleOf(rule.to) : undefined;
    const area = parsed?.kind === 'area' ? parsed.area : undefined;
    const same = byName.get(k);
    let target: ProjectTarget;
    if (rule && parsed && parsed.kind !== 'area') {
      const named = parsed.kind === 'category' ? (byId.get(parsed.to) ?? byName.get(nameKey(parsed.to))) : undefined;
      if (!named) {
        unmappable.add(k);
        problems.push({ line: 0, message: `The map sends '${rule.project}' to '${rule.to}', which is neither a life area (work, fitness, family) nor a category.` });
        continue;
      }
      target = { project: row.project, category: named, created: false };
    } else if (same) {
      const wanted = area ?? row.area;
      if (wanted && wanted !== same.area) {
        warnings.push({ line: 0, message: `${same.name} exists already in ${same.area}; its imported time goes there, not to ${wanted}. Move the category in Settings if it belongs in ${wanted}.` });
      }
      target = { project: row.project, category: same, created: false };
    } else {
      target = { project: row.project, category: create(row.project, area ?? row.area ?? 'work', row.color), created: true };
    }
    if (target.category.archived) {
      warnings.push({ line: 0, message: `${target.category.name} is archived; the imported time is kept in it as history.` });
    }
    targets.set(k, target);
  }
  for (const { project } of mapped.values()) {
    if (!targets.has(nameKey(project)) && !unmappable.has(nameKey(project))) {
      warnings.push({ line: 0, message: `The map names '${project}', which no row of the file has.` });
    }
  }
  return {
    targetOf: (project) => targets.get(nameKey(project))!,
    categories: [...existing, ...created],
    problems,
    warnings,
  };
}
