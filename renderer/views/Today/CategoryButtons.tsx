// One toggle button per category in use: pressing one starts its timer (switching from a running one), pressing
// the running one again stops it.
import { useAppEnv, useAppState } from '../../AppEnv';

export function CategoryButtons() {
  const { stores } = useAppEnv();
  const categories = useAppState((state) => state.categories);
  const running = useAppState((state) => state.timer?.categoryId ?? null);
  const pending = useAppState((state) => state.pending.timer);
  const active = categories.filter((category) => !category.archived);
  const toggle = (categoryId: string) => {
    const app = stores.app.getState();
    void (categoryId === running ? app.stopTimer() : app.startTimer(categoryId));
  };
  return (
    <div className="category-buttons" role="group" aria-labelledby="start-timer-heading">
      <h3 id="start-timer-heading">Start a timer</h3>
      {active.length === 0 ? (
        <p>No categories yet.</p>
      ) : (
        <ul>
          {active.map((category) => (
            <li key={category.id}>
              <button type="button" aria-pressed={category.id === running} aria-disabled={pending || undefined} onClick={() => toggle(category.id)}>
                <span className="swatch" aria-hidden="true" style={{ background: category.color }} />
                {category.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
