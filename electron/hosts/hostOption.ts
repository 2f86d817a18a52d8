// One option of a host's command line (the desktop app, the browser host, the CLI's --data-dir), read by Node's
// util.parseArgs without being strict: each host leaves every other argument to whoever owns it (Electron's own
// switches, a CLI command's options), and `--` ends the options as everywhere.
import { parseArgs } from 'node:util';

export interface HostOption {
  /** The text after `--name=` or the argument after `--name`; undefined when nothing follows. */
  value: string | undefined;
  /** True for the `--name=value` form. */
  inline: boolean;
}

/** The first `--name` in argv, taking a value; undefined when it is not given. */
export function hostOption(argv: readonly string[], name: string): HostOption | undefined {
  const { tokens } = parseArgs({ args: [...argv], options: { [name]: { type: 'string' } }, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option' && token.rawName === `--${name}`) return { value: token.value, inline: token.inlineValue === true };
  }
  return undefined;
}
