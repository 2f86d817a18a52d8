// The window's entry: the api over whichever transport this host offers, the stores fed by push events, then <App/>.
import { StrictMode } from 'react';
import { createApi } from './api';
import { App } from './App';
import { drawWindow } from './firstScreen/drawWindow';
import { preloadViews } from './LazyView';
import { createStores } from './state/createStores';
import { firstAnswers } from './state/firstAnswers';
import { startStores } from './state/startStores';
import { browserNotifier } from './state/toastStore';
import { bindTheme } from './theme/bindTheme';
import { detectTransport } from './transport';
import './theme/theme.css';
import './styles.css';
import './styles/controls.css';
import './styles/todayWeek.css';
import './styles/panels.css';
import './styles/overlays.css';
import './styles/plan.css';

/** How long the window stays blank for the first answers before it shows its loading shell. */
const FIRST_ANSWERS_WAIT_MS = 500;

function boot(root: HTMLElement): void {
  let transport;
  try {
    transport = detectTransport();
  } catch (error) {
    // Without a connection there is nothing React could show but this sentence.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = error instanceof Error ? error.message : String(error);
    root.replaceChildren(message);
    return;
  }
  const api = createApi(transport);
  const notifier = browserNotifier();
  const clock = () => Date.now();
  const locale = navigator.language;
  const stores = createStores(api, { notifier, initialHash: window.location.hash, clock, locale });
  // The first view's code loads alongside the snapshot instead of after it.
  const firstView = preloadViews([stores.nav.getState().view]);
  startStores(api, stores, notifier);
  bindTheme(stores.app, document.documentElement);
  const render = () => {
    drawWindow(root, {
      locale,
      view: stores.nav.getState().view,
      clock,
      app: (windowClock, onViewShown) => (
        <StrictMode>
          <App env={{ stores, clock: windowClock, locale, host: window.timelock ? 'electron' : 'browser', ...(onViewShown ? { onViewShown } : {}) }} />
        </StrictMode>
      ),
    });
  };
  // One render once the first screen's answers and code are in, instead of a render, a layout and a paint for the
  // loading shell and again for each answer. A host slower than FIRST_ANSWERS_WAIT_MS gets the loading shell first.
  let rendered = false;
  const renderOnce = () => {
    if (rendered) return;
    rendered = true;
    render();
  };
  void Promise.allSettled([firstView, firstAnswers(stores)]).then(renderOnce);
  setTimeout(renderOnce, FIRST_ANSWERS_WAIT_MS);
}

const root = document.getElementById('root');
if (root) boot(root);
