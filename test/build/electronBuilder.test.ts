// electron-builder.yml is only read when someone packages a release: check it now against electron-builder's own
// JSON schema, so a typo or a wrong type fails here instead of on a release day.
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder; loaded through require so the test needs no type package for it.
const yaml = require('js-yaml') as { load(text: string): unknown };
const schema = require('app-builder-lib/scheme.json') as object;

type BuilderConfig = Record<string, unknown> & {
  files?: string[];
  directories?: { output?: string; buildResources?: string };
  linux?: { target?: string[]; category?: string; maintainer?: string; icon?: string };
  mac?: { target?: string; category?: string; hardenedRuntime?: boolean; icon?: string };
  win?: { target?: string; icon?: string };
  nsis?: { oneClick?: boolean; allowToChangeInstallationDirectory?: boolean };
};

const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

const errorsOf = (candidate: unknown): string[] =>
  validate(candidate) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);

describe('electron-builder.yml', () => {
  it('is valid against the schema electron-builder ships', () => {
    expect(errorsOf(config)).toEqual([]);
  });

  it('would catch a mistake: an unknown key or a wrong type fails the schema', () => {
    expect(errorsOf({ ...config, appID: 'app.timelock.desktop' })).not.toEqual([]);
    expect(errorsOf({ ...config, nsis: { ...config.nsis, oneClick: 'no' } })).not.toEqual([]);
    expect(errorsOf({ ...config, directories: { output: 42 } })).not.toEqual([]);
  });

  it('packages the built app into release/ for Linux, macOS and Windows installers', () => {
    expect(config.appId).toBe('app.timelock.desktop');
    expect(config.productName).toBe('Timelock');
    expect(config.directories?.output).toBe('release');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(config.linux?.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux?.maintainer).toMatch(/\S+ <\S+@\S+>/);
    expect(config.mac?.target).toBe('dmg');
    expect(config.mac?.category).toBe('public.app-category.productivity');
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.win?.target).toBe('nsis');
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.allowToChangeInstallationDirectory).toBe(true);
  });

  it('points every platform at an icon that exists and is big enough for it (512 px)', () => {
    for (const icon of [config.linux?.icon, config.mac?.icon, config.win?.icon]) {
      expect(icon).toBeDefined();
      const png = fs.readFileSync(path.join(root, icon ?? ''));
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
      expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
    }
  });
});
