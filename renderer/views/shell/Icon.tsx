// Icons beside words where words alone are slow to scan (the views, stop, edit, delete, unlock). Always beside a
// visible word that names the control: the drawing is hidden from assistive technology. Lucide's drawings, kept as
// the `d` of one <path> each (iconDrawings.ts, worked out by iconPathData.ts): Today's first screen shows 28 icons, and an <svg> with its three to eight child elements each, built by a React component
// per icon, was 125 of the screen's 329 elements (16 ms wall, 5 ms main-thread CPU of its first render, interleaved
// cold loads). Every drawing is stroked, never filled, so the elements joined as sub-paths draw the same lines.
import type { IconDrawing } from './iconDrawings';

export { ACTION_ICONS, VIEW_ICONS, type IconDrawing } from './iconDrawings';

/** One icon at the size of the text beside it, with lucide's stroke (2 of 24, round caps and joins). */
export function Icon({ icon }: { icon: IconDrawing }) {
  return (
    <svg
      className="icon"
      aria-hidden="true"
      focusable="false"
      width="1.1em"
      height="1.1em"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={icon} />
    </svg>
  );
}
