// The life areas' colours in charts: Okabe–Ito hues, distinguishable with the common colour-vision deficiencies
// (the seeded categories use the same three).
import type { Area } from '../../shared/model';

export const AREA_COLORS: Record<Area, string> = { work: '#0072B2', fitness: '#009E73', family: '#D55E00' };
export const AREA_NAMES: Record<Area, string> = { work: 'Work', fitness: 'Fitness', family: 'Family' };
