// `timelock unlock`: the hard lock's way through from a terminal, as the window's unlock dialog: a reason, the
// cool-down, then work goes through for a while, for the rules it lifts; --status and --end.
import { afterEach, expect, it } from 'vitest';
import { MINUTE } from '../../support/testHost';
import { cliFolder, type CliFolder } from './cliHarness';

let folder: CliFolder;
afterEach(() => folder.cleanup());

it('a start the hard lock refuses goes through after unlock --reason and its wait; the reason is logged', async () => {
  folder = cliFolder();
  expect((await folder.run('settings', 'set', 'lockMode', 'hard')).code).toBe(0);
  expect((await folder.run('settings', 'set', 'weeklyCapHours', '0')).code).toBe(0);
  const refused = await folder.run('start', 'work');
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/The hard lock blocks this\. To go ahead, ask for an unlock/);

  const asked = await folder.run('unlock', '--reason', 'release night', '--lifts', 'weekly-cap', '--minutes', '30');
  expect(asked).toMatchObject({ code: 0, stderr: 'Unlock asked: at 12:01 until 12:31, lifting the weekly cap. The reason is kept in the unlock log.\n' });
  expect((await folder.run('unlock', '--status')).stderr).toBe('An unlock waits: at 12:01 until 12:31, lifting the weekly cap.\n');
  // Still waiting out its cool-down: refused, with when it starts.
  expect((await folder.run('start', 'work')).stderr).toMatch(/Your unlock starts at 12:01\./);

  folder.clock.advance(MINUTE);
  expect(await folder.run('start', 'work')).toMatchObject({ code: 0, stderr: expect.stringMatching(/^Started Work at 12:01\./) });
  expect((await folder.run('unlock', '--status')).stderr).toBe('An unlock is in force until 12:31, lifting the weekly cap.\n');
  const log = (await folder.run('unlock', '--status', '--json')).json<{ active: { reason: string; lifts: string[] } }>();
  expect(log.active).toMatchObject({ reason: 'release night', lifts: ['weekly-cap'] });

  // With no app open, the command that ends the unlock makes the stop the app would make then, and says so.
  folder.clock.advance(6 * MINUTE);
  const ended = await folder.run('unlock', '--end');
  expect(ended.stderr.split('\n')).toEqual([
    'Ended the unlock in force: the hard lock holds again.',
    expect.stringMatching(/^timelock: notice: .*12:07.*the hard lock stopped the work timer\.$/),
    '',
  ]);
  expect((await folder.run('status')).stdout).toBe('idle · 0.1 / 0 h\n');
  expect((await folder.run('unlock', '--status')).stderr).toBe('No unlock is in force or waiting.\n');
});

it('without a reason, or with a rule it does not know, it is refused and asks nothing', async () => {
  folder = cliFolder();
  expect(await folder.run('unlock')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^timelock unlock: unlock needs --reason TEXT/) });
  expect(await folder.run('unlock', '--reason', 'x', '--lifts', 'nope')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--lifts takes windows, weekly-cap, daily-cap/) });
  expect(await folder.run('unlock', '--reason', 'x', '--minutes', '0')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--minutes is from 1 to 1440, not 0\./) });
  expect((await folder.run('unlock', '--status')).stderr).toBe('No unlock is in force or waiting.\n');
});
