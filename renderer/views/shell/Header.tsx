// The banner: the app name, the way to each view (the current one marked for assistive technology), this week's
// work against the cap and the running timer, so both stay in sight on every view.
import { useEffect, useId } from 'react';
import { useAppEnv, useSlice } from '../../AppEnv';
import { preloadViews } from '../../LazyView';
import { VIEWS, VIEW_TITLES, type ViewName } from '../../state/navStore';
import { hasUnsavedSettings } from '../../state/settingsDraftStore';
import { Icon, VIEW_ICONS } from './Icon';
import { HeaderTimer } from './HeaderTimer';
import { OtherTimers } from './OtherTimers';
import { HeaderWeek } from './HeaderWeek';

/** A view's code asked for as soon as the person points at or tabs to its link, before the click: the click then
 * waits for the same load (LazyView keeps one per view), already under way, if the idle preload has not done it. */
const preloadView = (view: ViewName) => () => void preloadViews([view]);

export function Header() {
  const { host } = useAppEnv();
  const current = useSlice('nav', (state) => state.view);
  const unsaved = useSlice('settingsDrafts', hasUnsavedSettings);
  const unsavedId = useId();
  // Closing the browser tab with settings typed but not saved asks first (the browser's own question). Not in
  // Electron, where a beforeunload answer would cancel the close without asking anything.
  useEffect(() => {
    if (!unsaved || host !== 'browser') return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved, host]);
  return (
    <header className="app-header">
      <h1>Timelock</h1>
      <nav aria-label="Views">
        <ul>
          {VIEWS.map((view) => (
            <li key={view}>
              <a
                href={`#/${view}`}
                onPointerEnter={preloadView(view)}
                onPointerDown={preloadView(view)}
                onFocus={preloadView(view)}
                aria-current={view === current ? 'page' : undefined}
                aria-describedby={view === 'settings' && unsaved ? unsavedId : undefined}
              >
                <Icon icon={VIEW_ICONS[view]} />
                {VIEW_TITLES[view]}
                {view === 'settings' && unsaved && (
                  <span className="unsaved-dot" aria-hidden="true" title="Changed, not saved yet">
                    {' •'}
                  </span>
                )}
              </a>
              {view === 'settings' && unsaved && (
                <span id={unsavedId} className="sr-only">
                  Changed settings not saved yet
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-status">
        <HeaderWeek />
        <HeaderTimer />
        <OtherTimers place="header" />
      </div>
    </header>
  );
}
