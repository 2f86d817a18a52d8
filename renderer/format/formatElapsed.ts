// A running timer's elapsed time as h:mm:ss, digits in the reader's locale; hours do not wrap at 24.
import { formatNumber } from './formatNumber';
export function formatElapsed(ms: number, locale: string | undefined): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const twoDigits = (n: number) => formatNumber(n, locale, { minimumIntegerDigits: 2, useGrouping: false });
  return `${formatNumber(hours, locale, { useGrouping: false })}:${twoDigits(minutes)}:${twoDigits(seconds)}`;
}
