// One way to write a period everywhere: "2026", "Q3 2026", "Okt. 2026"
// (English: "Q3 2026", "Oct 2026"). Periods come as year/quarter/month
// fields (KPI values) or as the server's key "2026", "2026-Q3", "2026-10"
// (tasks).
import type { Lang } from './format';

export interface Period {
  year: number;
  quarter?: number | null;
  month?: number | null;
}

const months: Record<Lang, readonly string[]> = {
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** Reads the server's period key; null for anything else. */
export function parsePeriod(key: string): Period | null {
  const m = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/.exec(key.trim());
  if (!m) return null;
  return { year: Number(m[1]), quarter: m[2] ? Number(m[2]) : null, month: m[3] ? Number(m[3]) : null };
}

/** "2026", "Q3 2026", "Okt. 2026"; a key that is no period is shown as it is. */
export function formatPeriod(p: Period | string, lang: Lang): string {
  const v = typeof p === 'string' ? parsePeriod(p) : p;
  if (!v) return typeof p === 'string' ? p : '';
  if (v.month && v.month >= 1 && v.month <= 12) return `${months[lang][v.month - 1]} ${v.year}`;
  if (v.quarter && v.quarter >= 1 && v.quarter <= 4) return `Q${v.quarter} ${v.year}`;
  return String(v.year);
}
