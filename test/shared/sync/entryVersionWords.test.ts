import { describe, expect, it } from 'vitest';
import { entryVersionWords } from '../../../shared/sync/entryVersionWords';

const name = (id: string) => ({ work: 'Work' })[id] ?? `? ${id}`;
const span = (start: number, end: number) => `${start}–${end}`;

describe('entryVersionWords', () => {
  it('names the category, the host-formatted span and the note', () => {
    expect(entryVersionWords({ id: 'e', categoryId: 'work', start: 1, end: 2, note: 'report' }, name, span)).toBe('Work, 1–2, “report”');
    expect(entryVersionWords({ id: 'e', categoryId: 'work', start: 1, end: 2, note: '  ' }, name, span)).toBe('Work, 1–2');
  });

  it('a note from another computer cannot drive the terminal it is printed on', () => {
    expect(entryVersionWords({ categoryId: 'work', start: 1, end: 2, note: 'a\u001b]0;pwned\u0007b\u001b[31m' }, name, span)).toBe('Work, 1–2, “ab”');
  });

  it('a deletion or anything that is not an entry is null, for each host to say in its place', () => {
    expect(entryVersionWords(null, name, span)).toBeNull();
    expect(entryVersionWords({ categoryId: 'work', start: '1', end: 2 }, name, span)).toBeNull();
    expect(entryVersionWords('work', name, span)).toBeNull();
  });
});
