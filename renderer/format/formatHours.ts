// Minutes as hours for people: "21.5 h", in the reader's locale (21,5 h in German), rounded as words.ts rounds.
import { hoursToTenth } from '../../shared/domain/words';
import { numberFormat } from './intlFormats';
export function formatHours(minutes: number, locale: string | undefined): string {
  return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(hoursToTenth(minutes))} h`;
}
