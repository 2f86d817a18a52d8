// A box planned for now, or starting within the next 15 minutes, offered as one click: "Start Run" begins a timer
// in the box's category, through the same lock-aware start as the category buttons. Its category already running:
// nothing to offer.
import type { Category } from '../../../shared/model';
import type { TimeboxOccurrence } from '../../../shared/planModel';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { formatClockRange, formatDuration } from '../../format/formatClock';
import { useNow } from './useNow';

/** How far ahead a box counts as due: about the time it takes to wrap up what runs and get going. */
export const DUE_AHEAD_MS = 15 * 60_000;

export function dueBoxes(boxes: readonly TimeboxOccurrence[], categories: readonly Category[], now: number, running: string | null): TimeboxOccurrence[] {
  const startable = new Set(categories.filter((c) => !c.archived).map((c) => c.id));
  const due = boxes.filter((box) => box.start - DUE_AHEAD_MS <= now && now < box.end && startable.has(box.categoryId) && box.categoryId !== running);
  // One button per category: two boxes of one category due at once would start the same timer.
  return due.filter((box, index) => due.findIndex((other) => other.categoryId === box.categoryId) === index);
}

export function DueBoxes() {
  const { stores, clock, locale } = useAppEnv();
  const boxes = useSlice('today', (state) => state.boxes);
  const categories = useAppState((state) => state.categories);
  const running = useAppState((state) => state.timer?.categoryId ?? null);
  const pending = useAppState((state) => state.pending.timer);
  const timeZone = useAppState((state) => state.settings?.timeZone ?? 'UTC');
  const now = useNow(clock, 30_000);
  const due = dueBoxes(boxes, categories, now, running);
  if (due.length === 0) return null;
  return (
    <div className="due-boxes" role="group" aria-labelledby="due-boxes-heading">
      <h3 id="due-boxes-heading">Planned now</h3>
      <ul>
        {due.map((box) => {
          const category = categories.find((c) => c.id === box.categoryId);
          const when = formatClockRange(box.start, box.end, locale, timeZone);
          return (
            <li key={box.boxId}>
              <button type="button" aria-disabled={pending || undefined} aria-describedby={`due-${box.boxId}`} onClick={() => void stores.app.getState().startTimer(box.categoryId)}>
                <span className="swatch" aria-hidden="true" style={{ background: category?.color }} />
                Start {box.title ?? category?.name}
              </button>{' '}
              <span id={`due-${box.boxId}`} className="hint">
                {box.title ? `${category?.name}, ` : ''}
                {when}
                {box.start > now ? `, starts in ${formatDuration(Math.ceil((box.start - now) / 60_000), locale)}` : ', now'}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
