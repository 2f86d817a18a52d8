import { describe, expect, it } from 'vitest';
import { issuesWords } from '../../shared/result';

describe('issuesWords: a refusal’s issues after its message', () => {
  it('prefixes each issue with its path, joined in one parenthesis', () => {
    expect(issuesWords({ message: 'The request is not valid.', issues: [{ path: 'values.cap', message: 'Too big' }, { path: '', message: 'One more' }] })).toBe(
      ' (values.cap: Too big; One more)',
    );
  });

  it('does not say a path twice when the issue’s words start with it, nor repeat what the message says', () => {
    const row = { path: 'line 2', message: "line 2: date: '2026-13-45' is not a real date" };
    expect(issuesWords({ message: 'The file was not imported: 1 problem, listed by line.', issues: [row] })).toBe(" (line 2: date: '2026-13-45' is not a real date)");
    const file = { path: 'file', message: 'bin.csv has columns that match none of the formats.' };
    expect(issuesWords({ message: `The file was not imported: ${file.message} Nothing was written.`, issues: [file] })).toBe('');
  });

  it('is empty without issues', () => {
    expect(issuesWords({ message: 'Refused.' })).toBe('');
    expect(issuesWords({ message: 'Refused.', issues: [] })).toBe('');
  });
});
