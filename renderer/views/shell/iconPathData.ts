// How a lucide icon (an array of SVG elements) becomes the `d` of one stroked <path>: the window's icons are drawn
// that way (Icon.tsx), from drawings worked out here once and kept in iconDrawings.ts, which a test checks against
// lucide. Not part of the window: converting ten icons as the window started cost its first screen ~2 ms of CPU and
// the conversion's and lucide's code in the bundle.
import type { IconNode } from 'lucide';

type Attributes = IconNode[number][1];

const num = (attributes: Attributes, name: string): number => Number(attributes[name] ?? 0);

/** An ellipse (a circle when rx = ry) as two half arcs from its left end. */
function ellipse(cx: number, cy: number, rx: number, ry: number): string {
  return `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0z`;
}

/** A rectangle, with its corners rounded by rx/ry as SVG rounds a <rect>'s (one given stands for both; each at most
 * half the side). */
function rect(attributes: Attributes): string {
  const [x, y, w, h] = [num(attributes, 'x'), num(attributes, 'y'), num(attributes, 'width'), num(attributes, 'height')];
  const given = (name: string) => (attributes[name] === undefined ? undefined : num(attributes, name));
  const rx = Math.min(given('rx') ?? given('ry') ?? 0, w / 2);
  const ry = Math.min(given('ry') ?? given('rx') ?? 0, h / 2);
  if (rx === 0 || ry === 0) return `M${x} ${y}h${w}v${h}h${-w}z`;
  const arc = (dx: number, dy: number) => `a${rx} ${ry} 0 0 1 ${dx} ${dy}`;
  return `M${x + rx} ${y}h${w - 2 * rx}${arc(rx, ry)}v${h - 2 * ry}${arc(-rx, ry)}h${-(w - 2 * rx)}${arc(-rx, -ry)}v${-(h - 2 * ry)}${arc(rx, -ry)}z`;
}

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`;
const LEADING_RELATIVE_MOVE = new RegExp(String.raw`^\s*m\s*(${NUMBER})[\s,]*(${NUMBER})`);

/** A path's own data, to be joined after others: a path may open with a relative moveto, which SVG reads from (0, 0)
 * at a path's start but from the pen's place after another sub-path. Its first point is made absolute and the pairs
 * that follow it (relative linetos) stay relative, behind a moveto of nothing and a space: the next number may be
 * written with no separator (".923" after "19.53"), and glued to the 0 it would read "0.923". */
function standalone(d: string): string {
  return /^\s*m/.test(d) ? d.replace(LEADING_RELATIVE_MOVE, 'M$1 $2m0 0 ') : d;
}

/** The `d` of one <path> that draws what the icon's elements draw. Throws on an element it does not know or one filled
 * (for the window's icons, in the test that checks iconDrawings.ts): a drawing silently missing a part is worse than none. */
export function pathData(icon: IconNode): string {
  return icon
    .map(([tag, attributes]) => {
      // One path is stroked only: an element filled (a dot in Palette) would lose its fill.
      if (attributes.fill !== undefined && attributes.fill !== 'none') throw new Error(`An icon's filled <${tag}> cannot be drawn as a stroked path`);
      switch (tag) {
        case 'path':
          return standalone(String(attributes.d));
        case 'line':
          return `M${num(attributes, 'x1')} ${num(attributes, 'y1')}L${num(attributes, 'x2')} ${num(attributes, 'y2')}`;
        case 'circle':
          return ellipse(num(attributes, 'cx'), num(attributes, 'cy'), num(attributes, 'r'), num(attributes, 'r'));
        case 'ellipse':
          return ellipse(num(attributes, 'cx'), num(attributes, 'cy'), num(attributes, 'rx'), num(attributes, 'ry'));
        case 'rect':
          return rect(attributes);
        case 'polyline':
        case 'polygon':
          return `M${String(attributes.points).trim()}${tag === 'polygon' ? 'z' : ''}`;
        default:
          throw new Error(`An icon element <${tag}> cannot be drawn as a path`);
      }
    })
    .join('');
}
