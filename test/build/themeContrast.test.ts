// The design tokens' colours, read from theme.css itself: every pair a person reads passes WCAG AA for text (4.5:1),
// every pair that has to be seen (a control's outline, the focus ring, an area's colour, the cap's states) passes
// 3:1, in light and in dark; and the two dark blocks (system preference, chosen theme) say the same.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_COLORS } from '../../renderer/charts/areaColors';

const css = fs.readFileSync(path.join(__dirname, '../../renderer/theme/theme.css'), 'utf8');

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in theme.css`);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const light = block(':root');
const dark = { ...light, ...block(":root[data-theme='dark']") };
const darkBySystem = { ...light, ...block(":root:not([data-theme='light'])") };

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [16, 8, 0].map((shift) => ((n >> shift) & 255) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT: Array<[string, string]> = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent-text', 'accent'],
  ['error', 'bg'],
  ['error', 'surface'],
  ['error', 'error-bg'],
  ['text', 'error-bg'],
  ['text', 'warning-bg'],
  ['bg', 'error'],
];
const SEEN: Array<[string, string]> = [
  ['control-border', 'bg'],
  ['control-border', 'surface'],
  ['focus', 'bg'],
  ['focus', 'surface'],
  ...(['area-work', 'area-fitness', 'area-family'] as const).flatMap((area): Array<[string, string]> => [
    [area, 'bg'],
    [area, 'surface'],
  ]),
  ...(['cap-calm', 'cap-warning', 'cap-over'] as const).flatMap((state): Array<[string, string]> => [
    [state, 'cap-track'],
    [state, 'grid-line'],
  ]),
];

describe('the design tokens’ contrast', () => {
  for (const [name, tokens] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`${name}: text pairs reach 4.5:1 and what must be seen reaches 3:1`, () => {
      const failing = [
        ...TEXT.map(([fg, bg]) => ({ fg, bg, ratio: contrast(tokens[fg]!, tokens[bg]!), need: 4.5 })),
        ...SEEN.map(([fg, bg]) => ({ fg, bg, ratio: contrast(tokens[fg]!, tokens[bg]!), need: 3 })),
      ].filter((pair) => !(pair.ratio >= pair.need));
      expect(failing).toEqual([]);
    });
  }

  it('the dark theme is the same whether the system or the settings chose it', () => {
    expect(darkBySystem).toEqual(dark);
  });

  it('the charts draw the areas in the area tokens', () => {
    for (const [area, color] of Object.entries(AREA_COLORS)) expect(light[`area-${area}`]).toBe(color.toLowerCase());
  });

  it('contrast is computed as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
