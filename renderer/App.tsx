// The root component: the environment (stores, clock, locale) made available to every view.
import { AppEnvProvider, type AppEnv } from './AppEnv';
import { AppShell } from './views/shell/AppShell';

export function App({ env }: { env: AppEnv }) {
  return (
    <AppEnvProvider env={env}>
      <AppShell />
    </AppEnvProvider>
  );
}
