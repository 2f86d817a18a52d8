// The category colours on offer: the Okabe–Ito palette (shared/defaults.ts), named for people.
import { CATEGORY_PALETTE } from '../../../shared/defaults';

const NAMES: Record<string, string> = {
  '#0072B2': 'Blue',
  '#009E73': 'Bluish green',
  '#D55E00': 'Vermillion',
  '#CC79A7': 'Reddish purple',
  '#E69F00': 'Orange',
  '#56B4E9': 'Sky blue',
  '#F0E442': 'Yellow',
  '#000000': 'Black',
};

export const PALETTE = CATEGORY_PALETTE.map((color) => ({ color, name: NAMES[color] ?? color }));

export function colorName(color: string): string {
  return NAMES[color.toUpperCase()] ?? NAMES[color] ?? color;
}
