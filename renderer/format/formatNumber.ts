// A number in the reader's locale, as Intl.NumberFormat(locale, options) writes it: from the host's conventions
// while they are in use (no ICU start-up for the first screen), else from Intl.
import { conventionNumber, type NumberOptions } from '../../shared/localeConventions';
import { conventionsFor } from './conventionsInUse';
import { numberFormat } from './intlFormats';

export function formatNumber(value: number, locale: string | undefined, options: NumberOptions = {}): string {
  const conventions = conventionsFor(locale);
  return (conventions && conventionNumber(conventions.numbers, value, options)) ?? numberFormat(locale, options).format(value);
}
