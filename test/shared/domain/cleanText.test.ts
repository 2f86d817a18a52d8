import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, withoutEscapes } from '../../../shared/domain/cleanText';

/** The pieces escape sequences are made of, so random text often holds a whole or a broken one. */
const TRICKY = fc.constantFrom('\u001b', '[', ']', 'P', '\\', '\u0007', '\u009b', '\u009d', '\u009c', '0', ';', 'm', '\n', '\r', '\t', '\u007f', '\u0000', '\u0085');

const codes = (text: string) => [...text].map((c) => c.codePointAt(0)!);
const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);

describe('cleanText', () => {
  it('a title cannot retitle the terminal or recolour it: OSC and CSI sequences go, the words stay', () => {
    expect(cleanText('\u001b]0;pwned\u0007Standup \u001b[31mred\u001b[0m')).toBe('Standup red');
    expect(cleanText('a\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\b')).toBe('alinkb');
    expect(cleanText('C1 \u009b31mCSI and \u009d0;t\u009c OSC')).toBe('C1 CSI and  OSC');
  });

  it('control characters, DEL and C1 go; a title becomes one line, a note keeps its lines and tabs', () => {
    expect(cleanText('bell\u0007 back\u0008space\u007f nul\u0000 c1\u0085')).toBe('bell backspace nul c1');
    expect(cleanText('two\r\nlines\tand\ra tab')).toBe('two lines and a tab');
    expect(cleanText('two\r\nlines\tand\ra tab', { multiline: true })).toBe('two\nlines\tand\na tab');
  });

  it('text stored from a file keeps its tabs and line breaks exactly, and only loses escapes and controls', () => {
    expect(withoutEscapes('a\r\nb\rc\td  e\u001b[1mf\u0000')).toBe('a\r\nb\rc\td  ef');
  });

  it('an unterminated escape leaves no ESC behind, and ordinary text (accents, emoji, CJK) is untouched', () => {
    expect(cleanText('\u001b]0;pwned')).toBe('0;pwned');
    expect(cleanText('Zoë 🚀 会議 — “quoted”')).toBe('Zoë 🚀 会議 — “quoted”');
  });

  it('never leaves a control character, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(TRICKY, fc.integer({ min: 0, max: 0x2fff }).map((code) => String.fromCharCode(code))), maxLength: 40 }), (text) => {
        const note = codes(cleanText(text, { multiline: true }));
        const title = codes(cleanText(text));
        return note.every((c) => c === 9 || c === 10 || !isControl(c)) && title.every((c) => !isControl(c));
      }),
    );
  });
});
