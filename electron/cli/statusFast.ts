// `timelock status` the way a status bar calls it every few seconds, built on its own into one small file
// (out/cli/status.cjs, scripts/buildCli.mjs) that bin/timelock.js tries before loading the command line: answered by
// a running host, or from the checked files (checkedFiles.ts) under the folder's lock, with the same command code as
// ever (statusCommand.ts). At any doubt (anything but a plain `status [--json]`, no index, a file changed meanwhile,
// the folder busy, a socket nobody answers on, an answer it does not know, any error) it declines before writing a
// byte, and runCli does the whole command again the full way, in the full way's words.
import fs from 'node:fs';
import type { RunCliOptions } from '../cli';
import { candidateAddresses, isNamedPipe, type SocketPlace } from '../hosts/socketAddress';
import type { SocketClient } from '../hosts/socketClient';
import { keepDefaultFolderPrivate, resolveDataDir } from '../hosts/resolveDataDir';
import { addOffsetTables, knownOffsetTables } from '../../shared/domain/time';
import { openCheckedFiles } from '../storage/checkedFiles';
import { COMMAND_LINE, DataFolderBusyError, tryAcquireDataFolderLock } from '../storage/dataFolderLock';
import { checkedAnswers } from './checkedAnswers';
import { EXIT } from './cliErrors';
import type { CommandContext } from './command';
import { commandIndex, parseArgs } from './parseArgs';
import { statusCommand } from './statusCommand';

/** Gives up on the fast way: runCli answers instead. */
class Decline extends Error {}

/** A router call's value; throws Decline for a refusal, which runCli words. */
type Ask = (channel: string, payload: unknown) => Promise<unknown>;

type Given = Pick<CommandContext, 'args' | 'cwd'>;

/** The exit code when status was answered here; undefined when runCli must run the command instead. */
export async function runStatusFast(options: RunCliOptions): Promise<number | undefined> {
  const { argv } = options;
  const at = commandIndex(argv);
  if (at < 0 || argv[at] !== 'status' || argv.includes('--help') || argv.includes('-h')) return undefined;
  const cwd = options.cwd ?? process.cwd();
  let output: string | undefined;
  try {
    const choice = resolveDataDir(argv, { env: options.env, cwd });
    const args = parseArgs([...argv.slice(0, at), ...argv.slice(at + 1)], statusCommand.spec);
    keepDefaultFolderPrivate(choice);
    const given = { args, cwd };
    const host = await findHost(choice.dir, options.socketPlace);
    if (host === 'unsure') return undefined;
    output = host ? await viaHost(host, given) : await viaCheckedFiles(choice.dir, given, options);
  } catch {
    return undefined;
  }
  if (output === undefined) return undefined;
  // Outside the try: once a byte may be out, declining would print the line twice.
  options.stdout.write(output);
  return EXIT.ok;
}

/**
 * The running host's client; null when no host serves the folder; 'unsure' for a socket file nobody answers on, which
 * runCli clears holding the lock. A Unix socket is a file: with none at any address a host would use, no connection is
 * tried (nor node:net loaded). A named pipe cannot be looked at without connecting to it.
 */
async function findHost(dataDir: string, place: SocketPlace | undefined): Promise<SocketClient | null | 'unsure'> {
  const addresses = candidateAddresses(dataDir, place);
  const pipes = addresses.some(isNamedPipe);
  if (!pipes && !addresses.some((address) => fs.existsSync(address))) return null;
  const { connectToHost } = await import('../hosts/socketClient');
  return (await connectToHost(dataDir, { place })) ?? (pipes ? null : 'unsure');
}

async function viaHost(client: SocketClient, given: Given): Promise<string> {
  try {
    return await statusOutput(given, async (channel, payload) => {
      const result = await client.call(channel, payload);
      if (!result.ok) throw new Decline();
      return result.value;
    });
  } finally {
    client.close();
  }
}

async function viaCheckedFiles(dataDir: string, given: Given, options: RunCliOptions): Promise<string | undefined> {
  // Busy: runCli waits its turn (or finds the host that holds it).
  const lock = tryAcquireDataFolderLock(dataDir, { host: COMMAND_LINE, exitOnSignal: true });
  if (lock instanceof DataFolderBusyError) return undefined;
  try {
    // A host that started since (runCli goes through it), or a killed host's socket (runCli clears it).
    const host = await findHost(dataDir, options.socketPlace);
    if (host !== null) {
      if (host !== 'unsure') host.close();
      return undefined;
    }
    const files = openCheckedFiles(dataDir);
    if (!files) return undefined;
    // The time zone offsets an earlier status found: Intl, which finds them, costs about 25 ms on first use.
    const reused = addOffsetTables(files.offsets);
    const answers = checkedAnswers(dataDir, files, options.clock ?? { now: () => Date.now() });
    // A file that changed since it was checked throws (CheckedFilesChanged), as does a refusal: runCli answers then.
    const output = await statusOutput(given, async (channel, payload) => {
      const answer = answers.call(channel, payload);
      const result = answer ? await answer : undefined;
      if (!result?.ok) throw new Decline();
      return result.value;
    });
    // Intl was asked after all (a new year's table, another zone, another Node): kept for the next status. Only a
    // shortcut, so a folder that cannot be written to is only slower.
    const known = knownOffsetTables();
    if (Object.values(known).reduce((n, tables) => n + Object.keys(tables).length, 0) > reused) {
      try {
        files.keepOffsets(known);
      } catch {
        // The next status asks Intl again.
      }
    }
    return output;
  } finally {
    lock.release();
  }
}

/** What statusCommand prints, gathered so that nothing is written unless all of it is. */
async function statusOutput(given: Given, ask: Ask): Promise<string> {
  let output = '';
  const decline = () => Promise.reject(new Decline());
  const context: CommandContext = {
    ...given,
    ask: decline,
    async askChecked(channel, request, check) {
      const checked = check(await ask(channel, request));
      if (checked === undefined) throw new Decline();
      return checked;
    },
    onEvent: () => () => undefined,
    out: (text) => void (output += `${text}\n`),
    outRaw: (text) => void (output += text),
    // Status says nothing to the person when all goes well; anything it would say, runCli says.
    say: () => {
      throw new Decline();
    },
  };
  await statusCommand.run(context);
  return output;
}
