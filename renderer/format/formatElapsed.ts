// A running timer's elapsed time as h:mm:ss, digits in the reader's locale; hours do not wrap at 24.
import { numberFormat } from './intlFormats';
export function formatElapsed(ms: number, locale: string | undefined): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const plain = numberFormat(locale, { useGrouping: false });
  const twoDigits = numberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${plain.format(hours)}:${twoDigits.format(minutes)}:${twoDigits.format(seconds)}`;
}
