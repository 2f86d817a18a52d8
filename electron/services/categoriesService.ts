// Categories: each belongs to a life area; archiving hides one from new timers but keeps its history.
import { CATEGORY_PALETTE } from '../../shared/defaults';
import { canonicalName, sameName } from '../../shared/domain/nameKey';
import type { Category } from '../../shared/model';
import { AppError } from '../../shared/result';
import type { ParsedRequestOf, ResponseOf } from '../../shared/contract';
import { areaMoveWords, categoryMinutesByWeek } from '../../shared/domain/livedWeeks';
import { fromLocal, weekStartDate } from '../../shared/domain/time';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';

export class CategoriesService {
  constructor(private readonly ctx: ServiceContext) {}

  list(): Category[] {
    return this.ctx.store.getCategories();
  }

  find(id: string): Category {
    const category = this.list().find((c) => c.id === id);
    if (!category) throw new AppError('not-found', `There is no category with id '${id}'.`);
    return category;
  }

  /** A category that can take new time: it exists and is not archived. */
  active(id: string): Category {
    const category = this.find(id);
    if (category.archived) throw new AppError('bad-request', `${category.name} is archived. Unarchive it in Settings to log time to it.`);
    return category;
  }

  add(request: ParsedRequestOf<'categories.add'>): Category {
    const categories = this.list();
    this.assertNameFree(categories, request.name);
    const used = new Set(categories.map((c) => c.color.toLowerCase()));
    const color = request.color ?? CATEGORY_PALETTE.find((c) => !used.has(c.toLowerCase())) ?? CATEGORY_PALETTE[categories.length % CATEGORY_PALETTE.length]!;
    const category: Category = { id: this.ctx.ids.newId(), name: canonicalName(request.name), area: request.area, color, archived: false };
    this.save([...categories, category]);
    return category;
  }

  update(request: ParsedRequestOf<'categories.update'>): ResponseOf<'categories.update'> {
    const categories = this.list();
    const current = this.find(request.id);
    if (request.name !== undefined) this.assertNameFree(categories.filter((c) => c.id !== current.id), request.name);
    const { id: _id, name, ...patch } = request;
    const named = name === undefined ? {} : { name: canonicalName(name) };
    const next: Category = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), ...named };
    if (next.archived && this.ctx.store.getTimer()?.categoryId === next.id) {
      throw new AppError('conflict', `${current.name} has a timer running. Stop it before archiving the category.`);
    }
    this.save(categories.map((c) => (c.id === next.id ? next : c)));
    const livedWeeks = next.area === current.area ? null : this.areaMoved(current, next);
    return livedWeeks === null ? next : { ...next, livedWeeks };
  }

  /** A category's past entries are read in the area it has now: what that moves in the weeks already lived. */
  private areaMoved(was: Category, now: Category): string | null {
    const { timeZone, weekStartsOn } = this.ctx.store.getSettings();
    const thisWeek = fromLocal(weekStartDate(this.ctx.clock.now(), timeZone, weekStartsOn), 0, 0, timeZone);
    const weeks = categoryMinutesByWeek(this.ctx.store.entriesBetween(0, thisWeek), now.id, thisWeek, timeZone, weekStartsOn);
    return areaMoveWords(now.name, was.area, now.area, weeks);
  }

  handlers(): HandlerSet {
    return {
      'categories.list': () => this.list(),
      'categories.add': (request) => this.add(request),
      'categories.update': (request) => this.update(request),
    };
  }

  private assertNameFree(categories: Category[], name: string): void {
    const clash = categories.find((c) => sameName(c.name, name));
    if (clash) throw new AppError('conflict', `A category called ${clash.name} exists already${clash.archived ? ' (archived)' : ''}.`);
  }

  private save(categories: Category[]): void {
    this.ctx.store.setCategories(categories);
    this.ctx.bus.emit('data.changed', { what: ['categories'] });
  }
}
