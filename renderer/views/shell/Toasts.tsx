// Toasts: "Deleted · Undo" and nudges with their choices, in a polite live region at the window's corner.
import { useAppEnv, useSlice } from '../../AppEnv';

export function Toasts() {
  const { stores } = useAppEnv();
  const toasts = useSlice('toasts', (state) => state.toasts);
  return (
    <div className="toasts" role="region" aria-label="Messages">
      <ul aria-live="polite">
        {toasts.map((toast) => (
          <li key={toast.id} className="toast">
            <p>{toast.message}</p>
            {toast.actions.map((action) => (
              <button
                key={action.label}
                type="button"
                onClick={() => {
                  stores.toasts.getState().dismiss(toast.id);
                  void action.run();
                }}
              >
                {action.label}
              </button>
            ))}
            <button type="button" className="quiet" aria-label={`Dismiss: ${toast.message}`} onClick={() => stores.toasts.getState().close(toast.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
