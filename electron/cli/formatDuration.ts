// Durations for a terminal: h:mm for a timer or a day's figure, decimal hours for the week against the cap. Plain
// digits with a full stop, whatever the locale, so a status bar or a script can read them.

/** 72.5 minutes → "1:12"; hours do not wrap at 24; never negative. */
export function formatDuration(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** 1290 minutes → "21.5"; 2100 → "35". */
export function formatHours(minutes: number): string {
  return String(Math.round((minutes / 60) * 10) / 10);
}
