// settings.theme onto <html data-theme>: 'system' leaves the choice to prefers-color-scheme in the stylesheet,
// 'light' and 'dark' override it.
import type { AppStore } from '../state/appStore';

export function bindTheme(app: AppStore, root: HTMLElement): () => void {
  const apply = () => {
    root.dataset.theme = app.getState().settings?.theme ?? 'system';
  };
  apply();
  return app.subscribe((state, previous) => {
    if (state.settings?.theme !== previous.settings?.theme) apply();
  });
}
