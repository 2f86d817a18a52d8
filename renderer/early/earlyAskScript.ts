// The classic script index.html runs before the window's module (built to assets/earlyAsk-<hash>.js by the
// earlyAskScript plugin in electron.vite.config.ts). In Electron the preload has asked already (window.timelock).
import { startEarly } from './earlyAsk';

if (!window.timelock && window.timelockEarly === undefined) window.timelockEarly = startEarly({ now: Date.now(), locale: navigator.language });
