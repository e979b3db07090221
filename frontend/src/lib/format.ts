// Formatting for the two UI languages. German is the default: 27.11.2026,
// 1.234,56 €. Money comes from the server as integer cents.

export type Lang = 'de' | 'en';

const locales: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
const TZ = 'Europe/Berlin';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function nf(lang: Lang, key: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `n:${lang}:${key}`;
  let f = cache.get(k) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locales[lang], opts);
    cache.set(k, f);
  }
  return f;
}
function df(lang: Lang, key: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `d:${lang}:${key}`;
  let f = cache.get(k) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locales[lang], opts);
    cache.set(k, f);
  }
  return f;
}

/** 123456 cents → "1.234,56 €" (de) or "€1,234.56" (en). */
export function formatCents(cents: number | null | undefined, lang: Lang, dash = '–'): string {
  if (cents === null || cents === undefined || Number.isNaN(cents)) return dash;
  return nf(lang, 'eur', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Compact money for chart axes: 1.234.567,00 € → "1,2 Mio. €". */
export function formatCentsCompact(cents: number, lang: Lang): string {
  return nf(lang, 'eurc', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 }).format(
    cents / 100,
  );
}

export function formatNumber(n: number | null | undefined, lang: Lang, maxFractionDigits = 2, dash = '–'): string {
  if (n === null || n === undefined || Number.isNaN(n)) return dash;
  return nf(lang, `num${maxFractionDigits}`, { maximumFractionDigits: maxFractionDigits }).format(n);
}

/** A degree (1.0 = 100 %) as a percentage: 0.875 → "87,5 %". */
export function formatDegree(degree: number | null | undefined, lang: Lang, dash = '–'): string {
  if (degree === null || degree === undefined || Number.isNaN(degree)) return dash;
  return nf(lang, 'pct', { style: 'percent', maximumFractionDigits: 1 }).format(degree);
}

/** A whole percentage (weights, item degrees): 40 → "40 %". */
export function formatPercent(percent: number | null | undefined, lang: Lang, dash = '–'): string {
  if (percent === null || percent === undefined || Number.isNaN(percent)) return dash;
  return nf(lang, 'pct', { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** A calendar day "2026-11-27" → "27.11.2026"; an RFC 3339 instant is shown as its day in Berlin. */
export function formatDate(value: string | null | undefined, lang: Lang, dash = '–'): string {
  if (!value) return dash;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    // A calendar day has no time zone: format it as UTC midnight in UTC.
    const d = new Date(Date.UTC(+day[1], +day[2] - 1, +day[3]));
    return df(lang, 'day-utc', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(d);
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return dash;
  return df(lang, 'day', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TZ }).format(d);
}

/** An instant with time of day in Berlin: "27.11.2026, 14:05". */
export function formatDateTime(value: string | null | undefined, lang: Lang, dash = '–'): string {
  if (!value) return dash;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return dash;
  return df(lang, 'dt', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TZ,
  }).format(d);
}

/** Today's date in Berlin as "YYYY-MM-DD". */
export function todayISO(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => ((acc[p.type] = p.value), acc), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}
