// The banner with the app name and the way to each view; the current view is marked for assistive technology.
import { useSlice } from '../../AppEnv';
import { VIEWS, VIEW_TITLES } from '../../state/navStore';
import { HeaderTimer } from './HeaderTimer';

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
      <HeaderTimer />
    </header>
  );
}
