import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomTempName, writeFileAtomically } from '../../../electron/storage/atomicFile';
import { cliFolder, type CliFolder } from './cliHarness';

// `export --out` into a folder someone else can write to: no name they could plant a link at is ever followed.
let dir: string;
let victim: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-export-out-'));
  victim = path.join(dir, 'victim.txt');
  fs.writeFileSync(victim, 'not yours');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('export --out', () => {
  let folder: CliFolder;
  afterEach(() => folder.cleanup());

  it('a symlink planted at the old predictable temp name (the pid) is left alone: the victim keeps its contents', async () => {
    folder = cliFolder();
    const target = path.join(dir, 'hours.json');
    fs.symlinkSync(victim, `${target}.${process.pid}.tmp`);
    const run = await folder.run('export', '--format', 'json', '--out', target);
    expect(run.code, run.stderr).toBe(0);
    expect(fs.readFileSync(victim, 'utf8')).toBe('not yours');
    expect(JSON.parse(fs.readFileSync(target, 'utf8'))).toMatchObject({ format: 'timelock-data' });
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp') && !n.includes(String(process.pid)))).toEqual([]);
  });

  it('a write that fails names the file asked for, never the temp file it is written through', async () => {
    folder = cliFolder();
    const missing = path.join(dir, 'no-such-folder', 'hours.csv');
    const run = await folder.run('export', '--format', 'csv', '--out', missing);
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: `Timelock could not write ${missing}: there is no such folder.\n` });
    const underFile = path.join(victim, 'hours.csv');
    const plan = await folder.run('plan', 'export', '--out', underFile);
    expect(plan).toMatchObject({ code: 1, stderr: `Timelock could not write ${underFile}: part of its path is not a folder.\n` });
    expect(fs.readdirSync(dir)).toEqual(['victim.txt']);
  });

  it('a symlink at --out itself is replaced by the file, never written through', async () => {
    folder = cliFolder();
    const target = path.join(dir, 'hours.json');
    fs.symlinkSync(victim, target);
    expect((await folder.run('export', '--format', 'json', '--out', target)).code).toBe(0);
    expect(fs.readFileSync(victim, 'utf8')).toBe('not yours');
    expect(fs.lstatSync(target).isSymbolicLink()).toBe(false);
  });
});

describe('writeFileAtomically', () => {
  it('whatever temp name it picks, a link planted there first fails the write (wx): nothing followed, nothing written', () => {
    const target = path.join(dir, 'hours.csv');
    const planted: string[] = [];
    const plantAtPicked = (t: string) => {
      const name = randomTempName(t);
      fs.symlinkSync(victim, name);
      planted.push(name);
      return name;
    };
    expect(() => writeFileAtomically(target, 'secret hours', plantAtPicked)).toThrow(/appeared before Timelock could create it/);
    expect(fs.readFileSync(victim, 'utf8')).toBe('not yours');
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.lstatSync(planted[0]!).isSymbolicLink()).toBe(true);
  });

  it('the temp name is beside the target and unguessable: 128 random bits, a new one every time', () => {
    const target = path.join(dir, 'hours.csv');
    const names = Array.from({ length: 1000 }, () => randomTempName(target));
    expect(new Set(names).size).toBe(1000);
    for (const name of names) {
      expect(path.dirname(name)).toBe(dir);
      expect(name).toMatch(/\/hours\.csv\.[0-9a-f]{32}\.tmp$/);
    }
  });

  it('writes the whole file owner-only and leaves no temp file behind', () => {
    const target = path.join(dir, 'hours.csv');
    writeFileAtomically(target, 'a,b\n1,2\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('a,b\n1,2\n');
    expect(fs.statSync(target).mode & 0o077).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['hours.csv', 'victim.txt']);
  });
});
