import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '../../../renderer/format/intlFormats';

describe('intlFormats', () => {
  it('hands back the same formatter for the same locale and options, and a new one when either differs', () => {
    expect(numberFormat('en-US', { maximumFractionDigits: 1 })).toBe(numberFormat('en-US', { maximumFractionDigits: 1 }));
    expect(numberFormat('de-DE', { maximumFractionDigits: 1 })).not.toBe(numberFormat('en-US', { maximumFractionDigits: 1 }));
    expect(numberFormat('de-DE', { maximumFractionDigits: 1 }).format(21.5)).toBe('21,5');
    const berlin = dateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Berlin' });
    expect(berlin).toBe(dateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Berlin' }));
    expect(dateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Kolkata' })).not.toBe(berlin);
    expect(berlin.format(Date.UTC(2026, 2, 25, 16, 0))).toBe('17:00');
  });
});
