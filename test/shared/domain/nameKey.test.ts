import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalName, nameKey, sameName } from '../../../shared/domain/nameKey';

const NFC = 'Caf\u00e9 \u00c9crit';
const NFD = 'Cafe\u0301 E\u0301crit';

describe('nameKey', () => {
  it('a name with its accents composed (Windows, most files) and decomposed (macOS) is one name', () => {
    expect(NFC).not.toBe(NFD);
    expect(sameName(NFC, NFD)).toBe(true);
    expect(nameKey(NFD)).toBe(nameKey(NFC));
  });

  it('as before, case and spaces at the ends do not make another name; spaces inside and other letters do', () => {
    expect(sameName(' cafe\u0301 e\u0301crit ', NFC)).toBe(true);
    expect(sameName('Cafe Ecrit', NFC)).toBe(false);
    expect(sameName('Caf\u00e9  \u00c9crit', NFC)).toBe(false);
  });

  it('a name is saved composed, whatever form it was typed in; a composed one is kept as it is', () => {
    expect(canonicalName(NFD)).toBe(NFC);
    expect(canonicalName(NFC)).toBe(NFC);
    expect(canonicalName('Zo\u00eb 🚀 会議')).toBe('Zo\u00eb 🚀 会議');
  });

  it('any text and its two Unicode forms have one key, and the stored form matches what it came from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 12 }), (text) => {
        const key = nameKey(text);
        expect(nameKey(text.normalize('NFD'))).toBe(key);
        expect(nameKey(text.normalize('NFC'))).toBe(key);
        expect(nameKey(canonicalName(text))).toBe(key);
      }),
      { numRuns: 2000 },
    );
  });
});
