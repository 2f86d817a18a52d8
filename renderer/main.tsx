// The window's entry: the api over whichever transport this host offers, the stores fed by push events, then <App/>.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api';
import { App } from './App';
import { createStores } from './state/createStores';
import { startStores } from './state/startStores';
import { bindTheme } from './theme/bindTheme';
import { detectTransport } from './transport';
import './theme/theme.css';
import './styles.css';

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
  const stores = createStores(api);
  startStores(api, stores);
  bindTheme(stores.app, document.documentElement);
  createRoot(root).render(
    <StrictMode>
      <App env={{ stores, clock: () => Date.now(), locale: navigator.language }} />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) boot(root);
