// The banner with the app name and the way to each view.
export function Header() {
  return (
    <header className="app-header">
      <h1>Timelock</h1>
      <nav aria-label="Views">
        <ul>
          <li>
            <a href="#today">Today</a>
          </li>
          <li>
            <a href="#week">Week</a>
          </li>
          <li>
            <a href="#settings">Settings</a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
