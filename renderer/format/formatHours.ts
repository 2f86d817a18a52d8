// Minutes as hours for people: "21.5 h", in the reader's locale (21,5 h in German), rounded as words.ts rounds.
import { hoursToTenth } from '../../shared/domain/words';
import { formatNumber } from './formatNumber';
export function formatHours(minutes: number, locale: string | undefined): string {
  return `${formatNumber(hoursToTenth(minutes), locale, { maximumFractionDigits: 1 })} h`;
}
