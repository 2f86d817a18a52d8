// The icons as data: each lucide drawing joined into one path (that the pictures match is checked in Chromium, by
// test/e2e/iconDrawings.test.ts), and the element the window shows for one.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Activity, CalendarClock, CalendarRange, LockOpen, Pencil, Scale, Settings, Square, Timer, Trash2 } from 'lucide';
import { ACTION_ICONS, Icon, VIEW_ICONS } from '../../../../renderer/views/shell/Icon';
import { pathData } from '../../../../renderer/views/shell/iconPathData';

describe('icons drawn as one path', () => {
  it('joins an icon’s elements into sub-paths, each starting where it draws', () => {
    expect(
      pathData([
        ['line', { x1: '10', x2: '14', y1: '2', y2: '2' }],
        ['circle', { cx: '12', cy: '14', r: '8' }],
        ['rect', { x: '3', y: '3', width: '18', height: '18' }],
      ]),
    ).toBe('M10 2L14 2' + 'M4 14a8 8 0 1 0 16 0a8 8 0 1 0 -16 0z' + 'M3 3h18v18h-18z');
  });

  it('rounds a rect’s corners by rx alone, by rx and ry, and never past half a side', () => {
    expect(pathData([['rect', { x: '0', y: '0', width: '10', height: '4', rx: '1' }]])).toBe('M1 0h8a1 1 0 0 1 1 1v2a1 1 0 0 1 -1 1h-8a1 1 0 0 1 -1 -1v-2a1 1 0 0 1 1 -1z');
    expect(pathData([['rect', { x: '0', y: '0', width: '10', height: '4', rx: '2', ry: '1' }]])).toContain('a2 1 0 0 1 2 1');
    expect(pathData([['rect', { x: '0', y: '0', width: '10', height: '4', rx: '9' }]])).toBe('M5 0h0a5 2 0 0 1 5 2v0a5 2 0 0 1 -5 2h0a5 2 0 0 1 -5 -2v0a5 2 0 0 1 5 -2z');
  });

  it('keeps a path that opens with a relative move where it was, and the pairs after it relative', () => {
    // Alone, "m15 5 4 4" starts at (15, 5) and draws 4 across and 4 down; after another sub-path, the same text would
    // start from wherever that one ended.
    expect(pathData([['path', { d: 'M1 1h2' }], ['path', { d: 'm15 5 4 4' }]])).toBe('M1 1h2M15 5m0 0  4 4');
    expect(pathData([['path', { d: 'm-.5.5l1 1' }]])).toBe('M-.5 .5m0 0 l1 1');
    // The next number with no separator (lucide's Siren): kept apart from the moveto's 0.
    expect(pathData([['path', { d: 'm14.305 19.53.923-.382' }]])).toBe('M14.305 19.53m0 0 .923-.382');
    expect(pathData([['path', { d: 'M2 2m3 3' }]])).toBe('M2 2m3 3');
  });

  it('refuses an element it cannot draw, rather than drop part of a drawing', () => {
    expect(() => pathData([['text', { x: '0' }]])).toThrow('An icon element <text> cannot be drawn as a path');
    expect(() => pathData([['circle', { cx: '12', cy: '12', r: '1', fill: 'currentColor' }]])).toThrow("An icon's filled <circle> cannot be drawn as a stroked path");
    expect(pathData([['circle', { cx: '12', cy: '12', r: '1', fill: 'none' }]])).toMatch(/^M11 12a1 1/);
  });

  it("keeps each view's and action's drawing as lucide's icon converted (iconDrawings.ts; a new value is printed here)", () => {
    const lucide = { today: Timer, week: CalendarRange, plan: CalendarClock, balance: Scale, insights: Activity, settings: Settings, stop: Square, edit: Pencil, delete: Trash2, unlock: LockOpen };
    const kept = { ...VIEW_ICONS, ...ACTION_ICONS };
    expect(Object.keys(kept).sort()).toEqual(Object.keys(lucide).sort());
    for (const [name, icon] of Object.entries(lucide)) expect(kept[name as keyof typeof kept], name).toBe(pathData(icon));
  });

  it('draws one hidden svg with one stroked path at the text’s size', () => {
    const { container } = render(<Icon icon={ACTION_ICONS.edit} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('width')).toBe('1.1em');
    expect(svg.getAttribute('fill')).toBe('none');
    expect(svg.getAttribute('stroke')).toBe('currentColor');
    expect(svg.querySelectorAll('*')).toHaveLength(1);
    expect(svg.querySelector('path')!.getAttribute('d')).toBe(ACTION_ICONS.edit);
  });
});
