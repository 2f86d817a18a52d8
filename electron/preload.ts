// The sandboxed preload, bundled to out/preload/preload.cjs: `window.timelock` (invoke, subscribe, ready) and
// nothing else reaches the page. It runs before the page's scripts, so it sends the start-up requests at once.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeTimelockBridge } from './hosts/electronPreloadBridge';

// The page's language and clock, for the start-up calls' payloads (as the page reads them; Node 20, where the
// preload's tests run, has no navigator).
const locale = typeof navigator === 'undefined' ? '' : navigator.language;
exposeTimelockBridge(contextBridge, ipcRenderer, { now: Date.now(), locale });
