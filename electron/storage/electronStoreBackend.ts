// The electron-store backend, for the Electron host only: importing this file loads `electron`, so nothing a Node
// host imports may import it. Same files as the conf backend, so a data folder moves freely between hosts.
import ElectronStore from 'electron-store';
import { backendFromConf, CONF_OPTIONS } from './confBackend';
import type { DocumentBackend } from './documentBackend';

export function createElectronStoreBackend(dataDir: string): DocumentBackend {
  return backendFromConf(dataDir, (name) => new ElectronStore<Record<string, unknown>>({ ...CONF_OPTIONS, cwd: dataDir, name }));
}
