// Pointer drags on the week's calendar, snapped to 15 minutes: on an empty stretch of a day, a new box; on a box, a
// move (to another time or day); on a box's bottom edge, a new end. A press on a box without a drag opens it. The drag
// is previewed while it lasts and saved when the pointer is let go.
import { useState, type PointerEvent } from 'react';
import { MINUTE, type LocalDay } from '../../../shared/domain/time';
import type { TimeboxOccurrence } from '../../../shared/planModel';
import { clampMinute, instantAt, PX_PER_MINUTE, shiftInstant, snapDown, snapNearest, SNAP_MINUTES } from './planLayout';

export type GridDrag =
  | { kind: 'create'; dayIndex: number; anchor: number; current: number }
  | { kind: 'move' | 'resize'; occurrence: TimeboxOccurrence; originX: number; originY: number; originDay: number; days: number; minutes: number };

export interface GridDragHandlers {
  create(start: number, end: number): void;
  move(occurrence: TimeboxOccurrence, start: number): void;
  resize(occurrence: TimeboxOccurrence, end: number): void;
  open(occurrence: TimeboxOccurrence): void;
}

/** A press this close to a box's bottom edge resizes it. */
const RESIZE_EDGE_PX = 6;
/** Less than this many pixels of travel is a press, not a drag. */
const PRESS_PX = 4;

/** The span a create drag covers: from its anchor's slot to where the pointer is, at least one slot. */
export function createdSpan(drag: Extract<GridDrag, { kind: 'create' }>): { start: number; end: number } {
  return drag.current > drag.anchor ? { start: drag.anchor, end: drag.current } : { start: Math.max(0, drag.current), end: drag.anchor + SNAP_MINUTES };
}

export function useGridDrag(days: readonly LocalDay[], timeZone: string, find: (boxId: string) => TimeboxOccurrence | undefined, handlers: GridDragHandlers) {
  const [drag, setDrag] = useState<GridDrag | null>(null);
  const [travel, setTravel] = useState(0);

  const where = (event: PointerEvent<HTMLElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const width = rect.width / days.length || 1;
    return {
      dayIndex: Math.min(days.length - 1, Math.max(0, Math.floor((event.clientX - rect.left) / width))),
      minute: (event.clientY - rect.top) / PX_PER_MINUTE,
    };
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    const target = event.target as Element;
    const boxElement = target.closest<HTMLElement>('[data-box-id]');
    const occurrence = boxElement ? find(boxElement.dataset.boxId ?? '') : undefined;
    const at = where(event);
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    setTravel(0);
    if (occurrence) {
      boxElement?.closest<HTMLElement>('button')?.focus();
      // The bottom edge, border included, resizes: measured rather than left to which element was hit.
      const bottom = boxElement!.getBoundingClientRect().bottom;
      const kind = target.closest('.plan-box-resize') || (bottom > 0 && event.clientY >= bottom - RESIZE_EDGE_PX) ? 'resize' : 'move';
      setDrag({ kind, occurrence, originX: event.clientX, originY: event.clientY, originDay: at.dayIndex, days: 0, minutes: 0 });
    } else {
      const anchor = clampMinute(snapDown(at.minute));
      setDrag({ kind: 'create', dayIndex: at.dayIndex, anchor, current: anchor });
    }
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    if (!drag) return;
    const at = where(event);
    if (drag.kind === 'create') {
      setTravel((t) => Math.max(t, Math.abs(at.minute - drag.anchor) * PX_PER_MINUTE));
      setDrag({ ...drag, current: clampMinute(snapNearest(at.minute)) });
      return;
    }
    setTravel((t) => Math.max(t, Math.hypot(event.clientX - drag.originX, event.clientY - drag.originY)));
    const minutes = snapNearest((event.clientY - drag.originY) / PX_PER_MINUTE);
    setDrag({ ...drag, days: drag.kind === 'move' ? at.dayIndex - drag.originDay : 0, minutes });
  };

  const onPointerUp = () => {
    const done = drag;
    setDrag(null);
    if (!done) return;
    const pressed = travel < PRESS_PX;
    if (done.kind === 'create') {
      const day = days[done.dayIndex];
      if (pressed || !day) return;
      const span = createdSpan(done);
      return handlers.create(instantAt(day, span.start, timeZone), instantAt(day, span.end, timeZone));
    }
    const { occurrence } = done;
    if (pressed) return handlers.open(occurrence);
    if (done.days === 0 && done.minutes === 0) return;
    if (done.kind === 'move') return handlers.move(occurrence, shiftInstant(occurrence.start, done.days, done.minutes, timeZone));
    const end = shiftInstant(occurrence.end, 0, done.minutes, timeZone);
    handlers.resize(occurrence, Math.max(end, occurrence.start + SNAP_MINUTES * MINUTE));
  };

  return { drag, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: () => setDrag(null) };
}
