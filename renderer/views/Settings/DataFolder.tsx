// Where the data lives, read-only, with a Copy button (the window cannot open a file manager on its own).
import { useState } from 'react';
import { useAppState } from '../../AppEnv';

export function DataFolder() {
  const dataDir = useAppState((state) => state.dataDir);
  const [copied, setCopied] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(dataDir);
      setCopied('Folder path copied.');
    } catch {
      setCopied('Copying is not allowed here; select the path and copy it by hand.');
    }
  };
  return (
    <div className="data-folder">
      <p>
        Your data folder: <code className="path">{dataDir}</code>
      </p>
      <button type="button" onClick={() => void copy()}>
        Copy path
      </button>
      <p role="status" className="saved">
        {copied}
      </p>
    </div>
  );
}
