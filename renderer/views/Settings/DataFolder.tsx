// Where the data lives, read-only: Show opens it in the file manager in the desktop app (the main process opens
// its own data folder; the window sends no path), Copy works everywhere.
import { useState } from 'react';
import { useAppEnv, useAppState } from '../../AppEnv';

export function DataFolder() {
  const { stores, host } = useAppEnv();
  const dataDir = useAppState((state) => state.dataDir);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(dataDir);
      setStatus('Folder path copied.');
    } catch {
      setStatus('Copying is not allowed here; select the path and copy it by hand.');
    }
  };
  const reveal = async () => setStatus(await stores.app.getState().revealDataFolder());
  return (
    <div className="data-folder">
      <p>
        Your data folder: <code className="path">{dataDir}</code>
      </p>
      {host === 'electron' && (
        <button type="button" onClick={() => void reveal()}>
          Show in file manager
        </button>
      )}{' '}
      <button type="button" onClick={() => void copy()}>
        Copy path
      </button>
      <p role="status" className="saved">
        {status}
      </p>
    </div>
  );
}
