// One box on the calendar, in its category's colour, placed by its piece of the day. The piece on the day it starts
// is a button with the box in words; a piece continued past midnight is only drawn. Its bottom edge resizes it.
import type { KeyboardEvent } from 'react';
import type { Category } from '../../../shared/model';
import { readableTextColor } from './boxColors';
import { PX_PER_MINUTE, type BoxPiece } from './planLayout';

export interface PlanBoxProps {
  piece: BoxPiece;
  category: Category | undefined;
  label: string;
  flagged: boolean;
  dragging: boolean;
  hintId: string;
  /** "7:00 AM to 8:00 AM", and "7:00 AM": the times a box shows, as its name begins (a short box shows its start). */
  times: string;
  startTime: string;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  /** A click from the keyboard (Space); a pointer press opens the box through the drag's own handling. */
  onOpen: () => void;
}

/** A box shorter than this still shows as a bar a pointer can catch. */
const MIN_HEIGHT_PX = 12;
/** Room for the title and both times on two or three lines; below it, the start alone; below that, the title alone. */
const FULL_TIMES_PX = 52;
const START_TIME_PX = 28;

export function PlanBox({ piece, category, label, flagged, dragging, hintId, times, startTime, onKeyDown, onOpen }: PlanBoxProps) {
  const { occurrence } = piece;
  const background = category?.color ?? '#999999';
  const heightPx = Math.max(piece.height * PX_PER_MINUTE, MIN_HEIGHT_PX);
  const shownTimes = heightPx >= FULL_TIMES_PX ? times : heightPx >= START_TIME_PX ? startTime : null;
  const style = {
    top: `${piece.top * PX_PER_MINUTE}px`,
    height: `${heightPx}px`,
    left: `calc(${(piece.lane / piece.lanes) * 100}% + 2px)`,
    width: `calc(${100 / piece.lanes}% - 4px)`,
    background,
    color: readableTextColor(background),
  };
  const className = ['plan-box', flagged ? 'flagged' : '', dragging ? 'dragging' : '', piece.first ? '' : 'continued'].filter(Boolean).join(' ');
  const content = (
    <>
      <span className="plan-box-title">{occurrence.title ?? category?.name ?? 'Deleted category'}</span>
      {shownTimes && (
        <>
          {' '}
          <span className="plan-box-time">{shownTimes}</span>
        </>
      )}
      {/* The flag's "!" is drawn by CSS: the box's visible words stay exactly those its name begins with. */}
      {flagged && <span className="plan-box-flag" aria-hidden="true" />}
      <span className="plan-box-resize" aria-hidden="true" />
    </>
  );
  if (!piece.first) {
    return (
      <div className={className} style={style} data-box-id={occurrence.boxId} aria-hidden="true">
        {content}
      </div>
    );
  }
  return (
    <button
      type="button"
      className={className}
      style={style}
      data-box-id={occurrence.boxId}
      data-start={occurrence.start}
      data-category={occurrence.categoryId}
      aria-label={label}
      aria-describedby={hintId}
      aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight Shift+ArrowUp Shift+ArrowDown Enter Delete"
      onKeyDown={onKeyDown}
      onClick={(event) => {
        if (event.detail === 0) onOpen();
      }}
    >
      {content}
    </button>
  );
}
