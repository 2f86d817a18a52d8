// The sync folder's picker in a host with no folder dialog to show (the browser host, the command line): it refuses
// with what to do instead, so nobody is left with a button that does nothing.
import { AppError } from '../../shared/result';
import type { FolderPicker } from '../ports';

/** `instead` finishes the sentence: what the person does in this host to give a folder. */
export function noFolderDialog(hostName: string, instead: string): FolderPicker {
  return {
    chooseFolder: () => Promise.reject(new AppError('not-found', `${hostName} has no folder dialog: ${instead}`)),
  };
}
