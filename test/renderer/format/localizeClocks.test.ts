import { describe, expect, it } from 'vitest';
import { describeError } from '../../../renderer/format/describeError';
import { formatClock } from '../../../renderer/format/formatClock';
import { localizeClocks } from '../../../renderer/format/localizeClocks';

describe('one clock for the window', () => {
  it('a domain message’s 24-hour times follow the reader’s clock, as the views show them', () => {
    const text = 'Your work window ended at 17:00; the next one opens tomorrow at 09:00.';
    expect(localizeClocks(text, 'en-US')).toBe(`Your work window ended at ${formatClock(Date.UTC(2026, 0, 5, 17), 'en-US', 'UTC')}; the next one opens tomorrow at ${formatClock(Date.UTC(2026, 0, 5, 9), 'en-US', 'UTC')}.`);
    expect(localizeClocks(text, 'en-US')).toMatch(/ended at 5:00\sPM; .* at 9:00\sAM\.$/);
    expect(localizeClocks(text, 'en-GB')).toBe(`Your work window ended at 17:00; the next one opens tomorrow at ${formatClock(Date.UTC(2026, 0, 5, 9), 'en-GB', 'UTC')}.`);
    expect(localizeClocks('Work 00:30–12:15 UTC', 'en-US')).toMatch(/^Work 12:30\sAM–12:15\sPM UTC$/);
  });

  it('numbers that are not clock times are left as they are', () => {
    for (const text of ['Elapsed 1:30:00', 'a 2:1 split', 'version 1.12:30', '35:00 of work', 'line 9:30']) expect(localizeClocks(text, 'en-US')).toBe(text);
  });

  it('an error from the main process is read in the reader’s clock', () => {
    expect(describeError({ code: 'conflict', message: 'This overlaps the Work entry on Mon 7 Dec at 13:05–14:00.' }, 'en-US')).toMatch(/1:05\sPM–2:00\sPM\.$/);
  });
});
