// One toggle button per category in use, numbered: pressing one (or its number key) starts its timer, switching
// from a running one; pressing the running one again stops it.
import { useCallback, useMemo } from 'react';
import { useAppEnv, useAppState } from '../../AppEnv';
import { useCategoryKeys } from './useCategoryKeys';

export function CategoryButtons() {
  const { stores } = useAppEnv();
  const categories = useAppState((state) => state.categories);
  const running = useAppState((state) => state.timer?.categoryId ?? null);
  const pending = useAppState((state) => state.pending.timer);
  const active = useMemo(() => categories.filter((category) => !category.archived), [categories]);
  const toggle = useCallback(
    (categoryId: string) => {
      const app = stores.app.getState();
      void (categoryId === app.timer?.categoryId ? app.stopTimer() : app.startTimer(categoryId));
    },
    [stores],
  );
  useCategoryKeys(active, toggle);
  return (
    <div className="category-buttons" role="group" aria-labelledby="start-timer-heading">
      <h3 id="start-timer-heading">Start or switch</h3>
      {active.length === 0 ? (
        <p>No categories yet. Add one in Settings → Categories.</p>
      ) : (
        <>
          <ul>
            {active.map((category, index) => (
              <li key={category.id}>
                <button
                  type="button"
                  aria-pressed={category.id === running}
                  aria-disabled={pending || undefined}
                  aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
                  onClick={() => toggle(category.id)}
                >
                  <span className="swatch" aria-hidden="true" style={{ background: category.color }} />
                  {category.name}
                  {index < 9 && (
                    <kbd className="key-hint" aria-hidden="true">
                      {index + 1}
                    </kbd>
                  )}
                </button>
              </li>
            ))}
          </ul>
          <p className="hint">Keys 1–{Math.min(9, active.length)} start or switch to a category; the running category’s key stops it. Not while typing in a field.</p>
        </>
      )}
    </div>
  );
}
