// The sync folder chosen in the system's own folder dialog, sheet-attached to the window on macOS. The path comes
// from the dialog, never from the renderer, so the window cannot name a folder it was not given.
import type { FolderPicker } from '../ports';

export interface OpenDialogLike<W> {
  showOpenDialog(window: W, options: { title: string; buttonLabel: string; properties: Array<'openDirectory' | 'createDirectory'> }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export function createElectronFolderPicker<W>(dialog: OpenDialogLike<W>, window: () => W | null): FolderPicker {
  return {
    async chooseFolder() {
      const parent = window();
      // Without a window (closed to the tray) there is nobody to ask: the request came from a window, so this is rare.
      if (!parent) return null;
      const result = await dialog.showOpenDialog(parent, {
        title: 'Choose the sync folder',
        buttonLabel: 'Use this folder',
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
