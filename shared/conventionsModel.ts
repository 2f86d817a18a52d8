// A reader's locale conventions as the host read them from its Intl (shared/localeConventions.ts): what the window
// needs to write Today's numbers and clock times without starting its own ICU, which costs ~30 ms of CPU (more in wall time).
// Carried by app.snapshot, never stored.
import { z } from 'zod';

const text = z.string().max(40);

const offsetTableSchema = z.object({ from: z.array(z.number()).max(200), offset: z.array(z.number()).max(200) });

export const localeConventionsSchema = z.object({
  /** The locale as the window named it (navigator.language). */
  locale: z.string().max(100),
  numbers: z.object({
    /** 0 to 9 in the locale's digits. */
    digits: z.array(text).length(10),
    decimal: text,
    /** Empty when the locale groups no digits. */
    group: text,
    /** Digits in the group next to the decimal mark (3), then in each group above it (3; 2 in India). */
    primaryGroup: z.number().int().min(0).max(9),
    secondaryGroup: z.number().int().min(0).max(9),
    /** How many digits a number needs above the first group before it is grouped at all (2 in Spanish: 1234). */
    minimumGroupingDigits: z.number().int().min(1).max(9),
    /** What comes before and after the digits of a negative number ("-", "−", "؜-"), and of a positive one. */
    negative: z.object({ prefix: text, suffix: text }),
    positive: z.object({ prefix: text, suffix: text }),
  }),
  /** The hour cycle the locale uses (as Intl resolves `{ hour: 'numeric' }`). */
  hourCycle: z.enum(['h11', 'h12', 'h23', 'h24']),
  clock: z.object({
    /**
     * For each hour 0–23, the clock as written at minute 0 ("5:00 PM"), and the text before and after the minutes
     * at any other minute ("5:", " PM"): a day period may say "noon" only on the hour.
     */
    hours: z.array(z.object({ atZero: text, before: text, after: text })).length(24),
    /** Minutes 0–59 as the clock writes them ("05"). */
    minutes: z.array(text).length(60),
  }),
  /** The time zone's offsets around now, as shared/domain/time.ts keeps them (addOffsetTables checks each table). */
  offsets: z.record(z.string().max(64), z.record(z.string().max(20), offsetTableSchema)),
});
export type LocaleConventions = z.infer<typeof localeConventionsSchema>;
export type NumberConventions = LocaleConventions['numbers'];
