// Reads an hours figure as typed: "37.5" or "37,5" (either decimal mark, whatever the locale, because a cap of at
// most 168 hours never needs a thousands separator). Null when it is not a plain non-negative number.
const HOURS_RE = /^\d{1,6}(?:[.,]\d+)?$/;

export function parseHours(text: string): number | null {
  const trimmed = text.trim();
  if (!HOURS_RE.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}
