// Intl formatters, made once per locale and options and kept: constructing one costs far more than formatting
// with it, and a week switch formats hundreds of figures (profiled: most of a switch's script time went to
// building formatters, and the garbage they left). The first one made starts this window's ICU; the host's
// conventions (conventionsInUse.ts) are checked against it then, when it costs nothing more.
import { confirmConventions } from './conventionsInUse';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
    confirmConventions();
  }
  return format;
}

export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
    confirmConventions();
  }
  return format;
}

/** Starts this window's ICU, if no formatter has: the first Intl formatter a window makes costs 40–60 ms of main
 * thread (ICU loads its data), whatever its options, and every later one well under a millisecond. Called where the
 * window waits on the network anyway (the other views' code downloading), so the view that first formats a date does
 * not pay for it when drawn: Week's first open did, half of its words' time. */
export function startIntl(locale: string | undefined): void {
  numberFormat(locale);
}
