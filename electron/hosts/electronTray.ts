// The tray icon: the running timer and the week's work against the cap at a glance (`Work 1:12 · 21.5 / 35 h`),
// and a menu to start a category, stop, open the window or quit. A timer another computer left running (sync) is
// listed with a Stop of its own, as in the window's header: work counts toward one cap wherever it runs. Every figure comes from the summary service; the
// label refreshes on the bus's timer and data events (the scheduler's tick, once a minute, while a timer runs).
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { Category, RunningTimer, WeekSummary } from '../../shared/model';
import { capLineHours, countedWords, elapsedClock, ranIntoOf } from '../../shared/domain/words';
import type { EventBus } from '../eventBus';
import type { OtherTimer } from '../services/syncService';
import type { DesktopCommands } from './electronCommands';

/** What the tray shows, read fresh at each refresh. */
export interface TrayFigures {
  week: WeekSummary;
  timer: RunningTimer | null;
  categories: Category[];
  /** Timers running on the other computers that sync through the same folder; empty with sync off. */
  otherTimers: OtherTimer[];
}

export interface TrayLike<M> {
  setToolTip(toolTip: string): void;
  /** macOS: text next to the icon in the menu bar. */
  setTitle(title: string): void;
  setContextMenu(menu: M | null): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface MenuBuilder<M> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): M;
}

/** Windows cuts tray tooltips at 127 characters. */
const MAX_TOOLTIP = 127;

/** macOS draws a template image in the menu bar's own colour (the name's `Template` suffix says so); @2x is found beside it. */
export function trayIconPath(appPath: string, platform: NodeJS.Platform): string {
  return path.join(appPath, 'assets', platform === 'darwin' ? 'trayTemplate.png' : 'tray.png');
}

/** "21.5 / 35": the work and the cap by capLineHours, the same figures as `timelock status`. */
function workOfCap(week: TrayFigures['week']): { work: string; cap: string } {
  const line = capLineHours(week.minutes.work, week.capMinutes);
  return { work: String(line.work), cap: String(line.cap) };
}

function running(figures: TrayFigures): { category: Category | undefined; timer: RunningTimer } | null {
  const { timer } = figures;
  return timer ? { timer, category: figures.categories.find((c) => c.id === timer.categoryId) } : null;
}

/** The week's work against the cap: `21.5 / 35 h`. */
export function weekFigure(week: WeekSummary): string {
  const { work, cap } = workOfCap(week);
  return `${work} / ${cap} h`;
}

const categoryName = (figures: TrayFigures, id: string): string => figures.categories.find((c) => c.id === id)?.name ?? 'Timer';

/** `Work on Laptop · 1:30`: a timer another computer left running. */
function otherTimerText(figures: TrayFigures, other: OtherTimer): string {
  return `${categoryName(figures, other.timer.categoryId)} on ${other.device.name} · ${elapsedClock(figures.week.now - other.timer.start)}`;
}

/** `Work 1:12 · 21.5 / 35 h` while a timer runs, `Work on Laptop 1:30 · 21.5 / 35 h` while only another computer's
 * does, `Timelock · 21.5 / 35 h` otherwise. */
export function trayLabel(figures: TrayFigures): string {
  const run = running(figures);
  const other = figures.otherTimers[0];
  const lead = run
    ? `${run.category?.name ?? 'Timer'} ${elapsedClock(figures.week.now - run.timer.start)}${countedTo(figures)}`
    : other
      ? `${categoryName(figures, other.timer.categoryId)} on ${other.device.name} ${elapsedClock(figures.week.now - other.timer.start)}`
      : 'Timelock';
  const label = `${lead} · ${weekFigure(figures.week)}`;
  return label.length > MAX_TOOLTIP ? `${label.slice(0, MAX_TOOLTIP - 1)}…` : label;
}

/** ` (counted to 12:30)`, ` (counted from 10:00)` or both for a timer whose figures stop short of its clock, as
 * `timelock status` says it (countedWords); else ''. */
function countedTo(figures: TrayFigures): string {
  const { week, timer } = figures;
  return countedWords(ranIntoOf(week.timerRanInto, timer), ranIntoOf(week.timerCountedFrom, timer), week.now, week.timeZone);
}

/** `&` marks a mnemonic in Windows and Linux menus: a category named "R&D" must show as written. */
const menuText = (text: string): string => text.replace(/&/g, '&&');

export function trayMenuTemplate(figures: TrayFigures, commands: DesktopCommands, refresh: () => void): MenuItemConstructorOptions[] {
  const run = running(figures);
  const weekLine = workOfCap(figures.week);
  const then = (done: Promise<unknown>) => void done.finally(refresh);
  return [
    { label: menuText(run ? `${run.category?.name ?? 'Timer'} running · ${elapsedClock(figures.week.now - run.timer.start)}${countedTo(figures)}` : 'No timer running'), enabled: false },
    { label: `This week: ${weekLine.work} of ${weekLine.cap} h work`, enabled: false },
    ...figures.otherTimers.flatMap((other): MenuItemConstructorOptions[] => [
      { label: menuText(`${otherTimerText(figures, other)} running`), enabled: false },
      { label: menuText(`Stop on ${other.device.name}`), click: () => then(commands.stopOther(other.device.id)) },
    ]),
    { type: 'separator' },
    // Checkboxes, not radio items: Electron checks the first radio item of a group when none is, which would show
    // a timer running when none does.
    ...figures.categories
      .filter((category) => !category.archived)
      .map((category): MenuItemConstructorOptions => {
        const isRunning = run?.timer.categoryId === category.id;
        return {
          label: menuText(category.name),
          type: 'checkbox',
          checked: isRunning,
          // Choosing the running one again would split its entry: it only puts the tick back.
          click: () => (isRunning ? refresh() : then(commands.start(category.id))),
        };
      }),
    { type: 'separator' },
    { label: 'Stop Timer', enabled: run !== null, click: () => then(commands.stop()) },
    { type: 'separator' },
    { label: 'Open Timelock', click: () => commands.open() },
    { label: 'Quit Timelock', click: () => commands.quit() },
  ];
}

export interface TimelockTray {
  refresh(): void;
  dispose(): void;
}

export function createTimelockTray<M>(deps: {
  tray: TrayLike<M>;
  Menu: MenuBuilder<M>;
  bus: Pick<EventBus, 'subscribe'>;
  figures: () => TrayFigures;
  commands: DesktopCommands;
  platform: NodeJS.Platform;
}): TimelockTray {
  const { tray } = deps;
  let disposed = false;
  const refresh = (): void => {
    if (disposed) return;
    let figures: TrayFigures;
    try {
      figures = deps.figures();
    } catch (error) {
      // The last label stays; the window reports what broke.
      console.error('[timelock] the tray could not read the week:', error);
      return;
    }
    const label = trayLabel(figures);
    tray.setToolTip(label);
    if (deps.platform === 'darwin') tray.setTitle(label);
    // Linux applies a changed menu only when it is set again, so the whole menu is rebuilt each time.
    tray.setContextMenu(deps.Menu.buildFromTemplate(trayMenuTemplate(figures, deps.commands, refresh)));
  };
  // Windows and Linux without app indicators open on a click; macOS shows the menu.
  if (deps.platform !== 'darwin') tray.on('click', () => deps.commands.open());
  const unsubscribe = deps.bus.subscribe((name) => {
    if (name === 'timer.changed' || name === 'timer.tick' || name === 'data.changed' || name === 'sync.changed') refresh();
  });
  refresh();
  return {
    refresh,
    dispose() {
      disposed = true;
      unsubscribe();
      tray.destroy();
    },
  };
}
