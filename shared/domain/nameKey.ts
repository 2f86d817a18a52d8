// How names a person types or a file brings (categories, projects, computers) are matched and kept: one name however
// its accents are encoded, since macOS hands out "Café" decomposed (e + U+0301) where Windows and most files have é.

/**
 * The key a name is matched by: spaces at the ends dropped, case folded, and in Unicode NFC, so "café", "Café " and
 * "Cafe\u0301" are one name. Normalized after folding, as lower-casing may leave a letter decomposed.
 */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase().normalize('NFC');
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** A name as it is saved: in NFC, so what is stored is one spelling whichever keyboard or file it came from. */
export function canonicalName(name: string): string {
  return name.normalize('NFC');
}
