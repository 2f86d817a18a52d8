// Icons beside words where words alone are slow to scan (the views, stop, edit, delete, unlock). Always beside a
// visible word that names the control: the drawing is hidden from assistive technology. lucide-react, imported icon
// by icon, so the window carries only the few it draws.
import { Activity, CalendarClock, CalendarRange, LockOpen, Pencil, Scale, Settings, Square, Timer, Trash2, type LucideIcon } from 'lucide-react';
import type { ViewName } from '../../state/navStore';

export const VIEW_ICONS: Record<ViewName, LucideIcon> = {
  today: Timer,
  week: CalendarRange,
  plan: CalendarClock,
  balance: Scale,
  insights: Activity,
  settings: Settings,
};

export const ACTION_ICONS = { stop: Square, edit: Pencil, delete: Trash2, unlock: LockOpen } satisfies Record<string, LucideIcon>;

/** One icon at the size of the text beside it. */
export function Icon({ icon: Drawing }: { icon: LucideIcon }) {
  return <Drawing className="icon" aria-hidden="true" focusable="false" size="1.1em" strokeWidth={2} />;
}
