// The week as a calendar: a column per day, an hour per row (06:00–23:00 in view, the rest a scroll away), the work
// windows shaded, each box in its category's colour where its times put it. Boxes are buttons in time order, worked
// from the keyboard (useBoxKeys) and dragged with the pointer (useGridDrag).
import { useLayoutEffect, useMemo, useRef, type MutableRefObject } from 'react';
import type { LocalDay } from '../../../shared/domain/time';
import type { Settings } from '../../../shared/model';
import type { PlanWeek, TimeboxOccurrence } from '../../../shared/planModel';
import { formatClock, formatDay } from '../../format/formatClock';
import { dateTimeFormat } from '../../format/intlFormats';
import { boxLabel, boxTimes, categoryOf, flaggedBoxIds } from './boxWords';
import { PlanBox } from './PlanBox';
import { boxPieces, DAY_MINUTES, FIRST_VISIBLE_HOUR, HOUR_PX, LAST_VISIBLE_HOUR, minuteOfDay, PX_PER_MINUTE, SNAP_MINUTES, windowBands } from './planLayout';
import { useBoxKeys } from './useBoxKeys';
import type { FocusRequest, PlanActions } from './usePlanActions';
import { createdSpan, useGridDrag } from './useGridDrag';

export interface PlanGridProps {
  plan: PlanWeek;
  days: LocalDay[];
  settings: Settings;
  /** The category a box drawn by dragging gets. */
  newCategoryId: string;
  actions: PlanActions;
  onOpen: (occurrence: TimeboxOccurrence) => void;
  focusRef: MutableRefObject<FocusRequest>;
  hintId: string;
  now: number;
}

const HEAD_PX = 40;
const SCROLL_MARGIN_PX = 12;

export function PlanGrid({ plan, days, settings, newCategoryId, actions, onOpen, focusRef, hintId, now }: PlanGridProps) {
  const { context } = actions;
  const scrollRef = useRef<HTMLDivElement>(null);
  const pieces = useMemo(() => boxPieces(plan.occurrences, days, plan.timeZone), [plan, days]);
  const flagged = useMemo(() => flaggedBoxIds(plan.findings), [plan]);
  const find = (boxId: string) => plan.occurrences.find((o) => o.boxId === boxId);
  const { onKeyDown, run } = useBoxKeys(plan, actions, onOpen);
  const drag = useGridDrag(days, plan.timeZone, find, {
    create: (start, end) => void run(() => actions.create({ categoryId: newCategoryId, start, end })),
    move: (occurrence, start) => void run(() => actions.change(occurrence, { start })),
    resize: (occurrence, end) => void run(() => actions.change(occurrence, { end })),
    open: onOpen,
  });

  useLayoutEffect(() => {
    // A little above the first hour, so its label is not cut by the day headings.
    if (scrollRef.current) scrollRef.current.scrollTop = FIRST_VISIBLE_HOUR * HOUR_PX - SCROLL_MARGIN_PX;
  }, []);
  // After a change the plan is fetched again; focus follows the box there (or, after a delete, stays in the grid).
  useLayoutEffect(() => {
    const want = focusRef.current;
    const root = scrollRef.current;
    if (!want || !root) return;
    if (want === 'grid') {
      focusRef.current = null;
      return root.focus();
    }
    const found = [...root.querySelectorAll<HTMLButtonElement>('button[data-box-id]')].find((b) => b.dataset.start === String(want.start) && b.dataset.category === want.categoryId);
    if (found) {
      focusRef.current = null;
      found.focus();
    }
  }, [plan, focusRef]);

  // Kept formatters (intlFormats): the grid renders again on every step of a drag.
  const headLabel = dateTimeFormat(context.locale, { weekday: 'short', day: 'numeric', timeZone: plan.timeZone });
  const current = drag.drag;
  return (
    <div
      ref={scrollRef}
      className="plan-grid"
      role="group"
      aria-label="Week calendar"
      aria-describedby={hintId}
      tabIndex={0}
      style={{ maxHeight: `${HEAD_PX + SCROLL_MARGIN_PX + (LAST_VISIBLE_HOUR - FIRST_VISIBLE_HOUR) * HOUR_PX}px` }}
    >
      <div className="plan-grid-head" aria-hidden="true" style={{ height: `${HEAD_PX}px` }}>
        <span />
        {days.map((day) => (
          <span key={day.date} className={day.start <= now && now < day.end ? 'today' : undefined}>
            {headLabel.format(day.start)}
          </span>
        ))}
      </div>
      <div className="plan-grid-body" style={{ height: `${24 * HOUR_PX}px` }}>
        <div className="plan-hours" aria-hidden="true">
          {Array.from({ length: 24 }, (_, hour) => (
            <span key={hour} style={{ top: `${hour * HOUR_PX}px` }}>
              {hour === 0 ? '' : formatClock(Date.UTC(2026, 0, 1, hour), context.locale, 'UTC')}
            </span>
          ))}
        </div>
        <div className="plan-days" onPointerDown={drag.onPointerDown} onPointerMove={drag.onPointerMove} onPointerUp={drag.onPointerUp} onPointerCancel={drag.onPointerCancel}>
          {days.map((day, dayIndex) => (
            <div key={day.date} className="plan-day" data-date={day.date} role="group" aria-label={formatDay(day.start, context.locale, plan.timeZone)}>
              {windowBands(day, settings).map((band) => (
                <div key={band.top} className="plan-window" aria-hidden="true" style={{ top: `${band.top * PX_PER_MINUTE}px`, height: `${band.height * PX_PER_MINUTE}px` }} />
              ))}
              {day.start <= now && now < day.end && <div className="plan-now" aria-hidden="true" style={{ top: `${minuteOfDay(now, day, plan.timeZone) * PX_PER_MINUTE}px` }} />}
              {pieces
                .filter((piece) => piece.dayIndex === dayIndex)
                .map((piece) => (
                  <PlanBox
                    key={piece.occurrence.boxId}
                    piece={piece}
                    category={categoryOf(context.categories, piece.occurrence.categoryId)}
                    label={boxLabel(piece.occurrence, context, flagged.has(piece.occurrence.boxId))}
                    flagged={flagged.has(piece.occurrence.boxId)}
                    dragging={current !== null && current.kind !== 'create' && current.occurrence.boxId === piece.occurrence.boxId}
                    hintId={hintId}
                    times={boxTimes(piece.occurrence, context)}
                    startTime={formatClock(piece.occurrence.start, context.locale, plan.timeZone)}
                    onKeyDown={onKeyDown(piece.occurrence)}
                    onOpen={() => onOpen(piece.occurrence)}
                  />
                ))}
              <DragPreview drag={current} dayIndex={dayIndex} pieces={pieces} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

/** Where the box being drawn, moved or resized would land, outlined while the pointer is down. */
function DragPreview({ drag, dayIndex, pieces }: { drag: ReturnType<typeof useGridDrag>['drag']; dayIndex: number; pieces: ReturnType<typeof boxPieces> }) {
  if (!drag) return null;
  let span: { top: number; height: number };
  if (drag.kind === 'create') {
    if (drag.dayIndex !== dayIndex) return null;
    const { start, end } = createdSpan(drag);
    span = { top: start, height: end - start };
  } else {
    const piece = pieces.find((p) => p.first && p.occurrence.boxId === drag.occurrence.boxId);
    if (!piece || piece.dayIndex + drag.days !== dayIndex) return null;
    span = drag.kind === 'move' ? { top: piece.top + drag.minutes, height: piece.height } : { top: piece.top, height: Math.max(SNAP_MINUTES, piece.height + drag.minutes) };
  }
  const top = Math.max(0, Math.min(DAY_MINUTES - SNAP_MINUTES, span.top));
  return <div className="plan-preview" aria-hidden="true" style={{ top: `${top * PX_PER_MINUTE}px`, height: `${Math.min(span.height, DAY_MINUTES - top) * PX_PER_MINUTE}px` }} />;
}
