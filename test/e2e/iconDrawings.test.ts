// The window draws each lucide icon as one <path> (renderer/views/shell/Icon.tsx, its drawings from iconPathData.ts). Here Chromium draws both, lucide's
// own elements and the joined path, at 4 × the window's size, and the two pictures must match: the icons the window
// shows, and one icon for each kind of element the conversion knows (ellipse, polyline, polygon, a rect with rx and
// ry) and for a path opening with a relative moveto, so a wrong arc flag or a dropped corner shows as pixels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Cylinder, DatabaseCog, Inbox, Navigation, Siren, type IconNode } from 'lucide';
import * as lucide from 'lucide';
import { pathData } from '../../renderer/views/shell/iconPathData';
import { launchBrowser } from './browser';

const SHOWN = ['Timer', 'CalendarRange', 'CalendarClock', 'Scale', 'Activity', 'Settings', 'Square', 'Pencil', 'Trash2', 'LockOpen'] as const;
// Siren and DatabaseCog open a path with a relative moveto followed by a number written with no separator.
const OTHERS: Record<string, IconNode> = { Cylinder, Inbox, Navigation, Siren, DatabaseCog };
const SIZE = 96;

const attributes = (pairs: Record<string, string | number | undefined>) =>
  Object.entries(pairs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${String(value)}"`)
    .join('');
const svg = (inner: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 24 24" fill="none" stroke="#000" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${inner}</svg>`;
const asElements = (icon: IconNode) => svg(icon.map(([tag, pairs]) => `<${tag}${attributes(pairs)}/>`).join(''));
const asPath = (icon: IconNode) => svg(`<path d="${pathData(icon)}"/>`);

/** Both drawings' alpha, pixel by pixel: how many pixels are inked in either, and how many differ by over a quarter. */
async function compare(page: Page, one: string, other: string): Promise<{ inked: number; differing: number }> {
  return page.evaluate(
    async ({ one, other, size }) => {
      const alpha = async (markup: string) => {
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = size;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, size, size).data.filter((_, index) => index % 4 === 3);
      };
      const [a, b] = [await alpha(one), await alpha(other)];
      let inked = 0;
      let differing = 0;
      for (let i = 0; i < a.length; i++) {
        if (a[i]! > 0 || b[i]! > 0) inked++;
        if (Math.abs(a[i]! - b[i]!) > 64) differing++;
      }
      return { inked, differing };
    },
    { one, other, size: SIZE },
  );
}

describe('icons drawn as one path', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const icons: Array<[string, IconNode]> = [...SHOWN.map((name) => [name, lucide[name]] as [string, IconNode]), ...Object.entries(OTHERS)];
  it.each(icons)('%s looks as lucide draws it', async (_name, icon) => {
    const { inked, differing } = await compare(page, asElements(icon), asPath(icon));
    expect(inked).toBeGreaterThan(200);
    // Anti-aliasing where a sub-path's end meets the next may differ by a pixel here and there, never a stroke.
    expect(differing).toBeLessThanOrEqual(Math.ceil(inked * 0.01));
  });

  it('sees a wrong drawing (the comparison is not blind)', async () => {
    const { inked, differing } = await compare(page, asElements(lucide.Timer), asPath(lucide.Settings));
    expect(differing).toBeGreaterThan(inked * 0.1);
  });
});
