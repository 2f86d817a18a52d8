// Value-axis ticks people can read: 0 and three or four round steps (0.25, 0.5, 1, 2, 2.5, 5, 10 …) up to at least
// the largest value, so labels rounded for display never repeat ("0.1 h, 0.1 h").
const STEPS = [1, 2, 2.5, 5];

export function niceTicks(max: number, most = 4): number[] {
  if (!(max > 0)) return [0, 1];
  let step = 0.25;
  for (let scale = 0.1; ; scale *= 10) {
    const fit = STEPS.map((s) => s * scale).find((s) => s >= 0.25 && max / s <= most);
    if (fit !== undefined) {
      step = fit;
      break;
    }
  }
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 100) / 100);
}
