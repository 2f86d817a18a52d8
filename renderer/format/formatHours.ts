// Minutes as hours for people: "21.5 h", in the reader's locale (21,5 h in German).
import { numberFormat } from './intlFormats';
export function formatHours(minutes: number, locale: string | undefined): string {
  const hours = numberFormat(locale, { maximumFractionDigits: 1 }).format(minutes / 60);
  return `${hours} h`;
}
