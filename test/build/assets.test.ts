// The icons the packager and the tray load: real PNGs, at the sizes each platform asks for.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const asset = (name: string) => fileURLToPath(new URL(`../../assets/${name}`, import.meta.url));

function pngSize(file: string): { width: number; height: number; rgba: boolean } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), rgba: bytes[25] === 6 };
}

describe('assets', () => {
  it('has a 512 px app icon with its SVG source', () => {
    expect(pngSize(asset('icon.png'))).toEqual({ width: 512, height: 512, rgba: true });
    expect(fs.readFileSync(asset('icon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
  });

  it.each([
    ['tray.png', 16],
    ['tray@2x.png', 32],
    ['trayTemplate.png', 16],
    ['trayTemplate@2x.png', 32],
  ])('has the tray image %s at %i px with transparency', (name, size) => {
    expect(pngSize(asset(name))).toEqual({ width: size, height: size, rgba: true });
  });
});
