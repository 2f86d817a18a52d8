// Toasts: "Deleted · Undo" and nudges with their choices, in a polite live region in a strip below the views. A toast
// made by a control that is now gone (Delete) takes the focus; its time stops while focus or the pointer is on it.
import { useEffect, useRef } from 'react';
import { useAppEnv, useSlice } from '../../AppEnv';

export function Toasts() {
  const { stores } = useAppEnv();
  const toasts = useSlice('toasts', (state) => state.toasts);
  const focused = useRef(new Set<number>());
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    for (const toast of toasts) {
      if (!toast.takeFocus || focused.current.has(toast.id)) continue;
      focused.current.add(toast.id);
      list.current?.querySelector<HTMLButtonElement>(`[data-toast="${toast.id}"] button`)?.focus();
    }
  }, [toasts]);
  const toastStore = stores.toasts.getState();
  return (
    <div className="toasts" role="region" aria-label="Messages">
      <ul aria-live="polite" ref={list}>
        {toasts.map((toast) => (
          <li
            key={toast.id}
            className="toast"
            data-toast={toast.id}
            onFocus={() => toastStore.hold(toast.id)}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) toastStore.release(toast.id);
            }}
            onMouseEnter={() => toastStore.hold(toast.id)}
            onMouseLeave={() => {
              if (!(document.activeElement instanceof Node && document.querySelector(`[data-toast="${toast.id}"]`)?.contains(document.activeElement))) toastStore.release(toast.id);
            }}
          >
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
