// The banner: the app name, the way to each view (the current one marked for assistive technology), this week's
// work against the cap and the running timer, so both stay in sight on every view.
import { useSlice } from '../../AppEnv';
import { VIEWS, VIEW_TITLES } from '../../state/navStore';
import { HeaderTimer } from './HeaderTimer';
import { HeaderWeek } from './HeaderWeek';

export function Header() {
  const current = useSlice('nav', (state) => state.view);
  return (
    <header className="app-header">
      <h1>Timelock</h1>
      <nav aria-label="Views">
        <ul>
          {VIEWS.map((view) => (
            <li key={view}>
              <a href={`#/${view}`} aria-current={view === current ? 'page' : undefined}>
                {VIEW_TITLES[view]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-status">
        <HeaderWeek />
        <HeaderTimer />
      </div>
    </header>
  );
}
