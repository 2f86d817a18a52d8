// settings.theme onto <html data-theme>: 'system' (or none) leaves the choice to prefers-color-scheme in the
// stylesheet, 'light' and 'dark' override it. Until the settings arrive the attribute stays as the page came: the
// browser host's page carries the person's theme already, for the screen it drew (electron/hosts/firstScreenPage.ts).
import type { AppStore } from '../state/appStore';

export function bindTheme(app: AppStore, root: HTMLElement): () => void {
  const apply = () => {
    const theme = app.getState().settings?.theme;
    if (theme) root.dataset.theme = theme;
  };
  apply();
  return app.subscribe((state, previous) => {
    if (state.settings?.theme !== previous.settings?.theme) apply();
  });
}
