// Browser host only: nudges as the browser's desktop notifications too, once the person allows them. (The desktop
// app shows its own native notifications.)
import { useId, useState } from 'react';
import { useAppEnv, useSlice } from '../../AppEnv';

export function NotificationsToggle() {
  const { stores } = useAppEnv();
  const id = useId();
  const hintId = useId();
  const on = useSlice('toasts', (state) => state.webNotifications);
  const [denied, setDenied] = useState(false);
  const toggle = async (next: boolean) => {
    await stores.toasts.getState().setWebNotifications(next);
    setDenied(next && !stores.toasts.getState().webNotifications);
  };
  return (
    <div className="choice">
      <input type="checkbox" id={id} checked={on} aria-describedby={hintId} onChange={(event) => void toggle(event.target.checked)} />
      <label htmlFor={id}>Show nudges as desktop notifications too</label>
      <p id={hintId} className="hint" role={denied ? 'alert' : undefined}>
        {denied
          ? 'This browser does not allow notifications from Timelock. Allow them in the site settings, then try again.'
          : 'Your browser asks for permission the first time.'}
      </p>
    </div>
  );
}
