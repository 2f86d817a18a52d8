// The sandboxed preload, bundled to out/preload/preload.cjs: `window.timelock` (invoke, subscribe, ready) and
// nothing else reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeTimelockBridge } from './hosts/electronPreloadBridge';

exposeTimelockBridge(contextBridge, ipcRenderer);
