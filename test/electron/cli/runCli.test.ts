import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_NAMES, loadAllCommands } from '../../../electron/cli/commands';
import { cliFolder, runIn, type CliFolder } from './cliHarness';

const COMMANDS = await loadAllCommands();
const folders: CliFolder[] = [];
const track = (folder: CliFolder) => (folders.push(folder), folder);
afterEach(() => {
  for (const f of folders.splice(0)) f.cleanup();
});

describe('timelock: commands, help and exit codes', () => {
  it('--help lists every command on stdout and exits 0; so does `help`', async () => {
    const help = await runIn(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    // Each command is loaded by its name only when it runs: the name it answers to is the one it is loaded by.
    expect(COMMANDS.map((command) => command.name)).toEqual(COMMAND_NAMES);
    for (const command of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${command.name} +\\S`, 'm'));
    expect(help.stdout).toMatch(/Exit codes: 0 done, 1 refused .* 2 a usage mistake/);
    expect((await runIn(['help'])).stdout).toBe(help.stdout);
  });

  it('every command has its own --help, also as `help COMMAND`, and it opens no data folder', async () => {
    const folder = track(cliFolder());
    for (const command of COMMANDS) {
      const run = await folder.run(command.name, '--help');
      expect(run.code, command.name).toBe(0);
      expect(run.stdout).toContain(`Usage: ${command.usage}`);
      expect(run.stdout).toContain('--data-dir DIR');
      expect((await folder.run('help', command.name)).stdout).toBe(run.stdout);
    }
    expect(fs.readdirSync(folder.dataDir)).toEqual([]);
  });

  it('no command, an unknown command or a mistake in the arguments is a usage error: exit 2, the usage on stderr', async () => {
    const none = await runIn([]);
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toMatch(/^timelock: Which command\?\nCommands: status, start, stop, log, set-day, summary, plan, import, export, backup, sync, restore, settings, dayoff, unlock\n/);
    const unknown = await runIn(['strat', 'Work']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/Unknown command 'strat'/);
    const missing = await runIn(['start']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('timelock start: Missing CATEGORY.\nUsage: timelock start CATEGORY [--note TEXT] [--reason TEXT] [--json]\nSee: timelock start --help\n');
    expect((await runIn(['help', 'nope'])).code).toBe(2);
  });

  it('the data folder is --data-dir (either form, before or after the command), else TIMELOCK_DATA_DIR', async () => {
    const a = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-cli-a-'));
    const b = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-cli-b-'));
    try {
      const env = { TIMELOCK_DATA_DIR: b };
      expect((await runIn(['--data-dir', a, 'settings', 'set', 'weeklyCapHours', '30'], { env })).code).toBe(0);
      expect((await runIn(['status', `--data-dir=${a}`], { env })).stdout).toBe('idle · 0 / 30 h\n');
      expect((await runIn(['status'], { env })).stdout).toBe('idle · 0 / 35 h\n');
      // Relative to the folder the command runs in.
      expect((await runIn(['status', '--data-dir', path.basename(a)], { cwd: path.dirname(a) })).stdout).toBe('idle · 0 / 30 h\n');
    } finally {
      fs.rmSync(a, { recursive: true, force: true });
      fs.rmSync(b, { recursive: true, force: true });
    }
  });

  it('a data folder that cannot be opened is refused in words (exit 1)', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-cli-')), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const run = await runIn(['status', '--data-dir', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/could not open its data folder/);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
