// A time zone where it is around noon now, for tests that log hours "today": in the machine's own zone a run between
// midnight and 02:00 has no two hours of today before now, and one in a week's first hours none of this week.

/** A zone without daylight saving where it is between 11:30 and 12:30 at `now` (Etc/GMT-N is UTC+N), and its offset. */
export function noonZone(now: number): { timeZone: string; offsetHours: number } {
  const offsetHours = 12 - (Math.round(now / 3_600_000) % 24);
  return { timeZone: offsetHours === 0 ? 'UTC' : `Etc/GMT${offsetHours > 0 ? '-' : '+'}${Math.abs(offsetHours)}`, offsetHours };
}
