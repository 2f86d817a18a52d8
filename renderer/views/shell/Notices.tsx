// What the main process told us unasked: storage recoveries from start-up (kept until the app restarts, because
// they concern the person's data) and pushed notices and nudges (dismissible).
import { useAppEnv, useAppState } from '../../AppEnv';

export function Notices() {
  const { stores } = useAppEnv();
  const storageNotices = useAppState((state) => state.storageNotices);
  const notices = useAppState((state) => state.notices);
  const dismiss = (id: number) => stores.app.getState().dismissNotice(id);
  // The live container is always present so notices added later are announced.
  return (
    <div className="notices" aria-live="polite">
      {(storageNotices.length > 0 || notices.length > 0) && (
        <ul aria-label="Notices">
          {storageNotices.map((message) => (
            <li key={message} className="notice notice-warning">
              <p>{message}</p>
            </li>
          ))}
          {notices.map((notice) => (
            <li key={notice.id} className={`notice notice-${notice.level}`} role={notice.level === 'error' ? 'alert' : undefined}>
              <p>{notice.message}</p>
              <button type="button" className="quiet" onClick={() => dismiss(notice.id)}>
                Dismiss notice
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
