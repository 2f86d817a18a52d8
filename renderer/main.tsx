// The window's entry: the api over whichever transport this host offers, the stores fed by push events, then <App/>.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api';
import { App } from './App';
import { preloadViews } from './LazyView';
import { createStores } from './state/createStores';
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
  const stores = createStores(api, { notifier, initialHash: window.location.hash, clock });
  // The first view's code loads alongside the snapshot instead of after it.
  void preloadViews([stores.nav.getState().view]);
  startStores(api, stores, notifier);
  bindTheme(stores.app, document.documentElement);
  createRoot(root).render(
    <StrictMode>
      <App env={{ stores, clock, locale: navigator.language, host: window.timelock ? 'electron' : 'browser' }} />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) boot(root);
