// Settings → Data: where the data lives, import, export and backups.
import { DataFolder } from './DataFolder';
import { BackupsList } from './BackupsList';
import { ExportForm } from './ExportForm';
import { ImportForm } from './ImportForm';

export function DataSettings() {
  return (
    <>
      <DataFolder />
      <ImportForm />
      <ExportForm />
      <BackupsList />
    </>
  );
}
