// Numbers as people type them, in German or English, whatever the UI
// language. The rules, so that every input has exactly one reading:
//
// 1. Spaces (also non-breaking and narrow ones) are ignored; a leading
//    "+", "-" or "−" is the sign.
// 2. "." and "," both present: the one that comes last is the decimal
//    mark, the other one groups thousands: "645.000,5" and "645,000.5"
//    are both 645000.5. The grouping mark must not follow the decimal mark.
// 3. Only one kind of mark, used more than once: it groups thousands:
//    "1.234.567" and "1,234,567" are 1234567.
// 4. Only one kind of mark, used once: it is the decimal mark ("60,5",
//    "60.5", "0,125", "1234,567"), except when exactly three digits follow
//    it and one to three digits not starting with 0 precede it: then it
//    groups thousands ("645.000" and "645,000" are 645000, "1,234" is
//    1234). Whoever means 1.234 (three decimals) types "1,2340" or "1.2340".
// 5. Thousands groups have exactly three digits; the first group one to three.
//
// Anything else (letters, two signs, "1,2,3,4" with wrong groups, "1.2.3,4,5") is not a number.

/** Parses a number by the rules above; null when the input is empty or not a number. */
export function parseNumber(input: string): number | null {
  let s = input.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (s === '') return null;
  let sign = 1;
  if (s[0] === '+' || s[0] === '-') {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let group: '.' | ',' | null = null;
  let decimal: '.' | ',' | null = null;
  if (dots > 0 && commas > 0) {
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
    if (s.split(decimal).length - 1 !== 1) return null;
  } else if (dots + commas > 1) {
    group = dots > 0 ? '.' : ',';
  } else if (dots + commas === 1) {
    const mark = dots ? '.' : ',';
    const [head, tail] = s.split(mark);
    if (tail.length === 3 && /^[1-9]\d{0,2}$/.test(head)) group = mark;
    else decimal = mark;
  }
  let whole = s;
  let frac = '';
  if (decimal) {
    const at = s.lastIndexOf(decimal);
    whole = s.slice(0, at);
    frac = s.slice(at + 1);
    if (!/^\d+$/.test(frac)) return null;
    if (whole === '') whole = '0';
  }
  if (group) {
    if (!new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole)) return null;
    whole = whole.split(group).join('');
  }
  if (!/^\d+$/.test(whole)) return null;
  const n = Number(frac ? `${whole}.${frac}` : whole);
  return Number.isFinite(n) ? sign * n : null;
}

/** Parses an amount of money (at most two decimals, "€"/"EUR" allowed) into integer cents. */
export function parseCents(input: string): number | null {
  const s = input.replace(/€|\bEUR\b|\bEuro\b/gi, '');
  const n = parseNumber(s);
  if (n === null) return null;
  const cents = Math.round(n * 100);
  if (Math.abs(cents - n * 100) > 1e-6) return null; // more than two decimals
  return cents;
}

/** A number with an optional unit after it ("95 %", "645.000 €", "30 Tage", "12 m²") or a currency before it ("€ 645.000"). */
export interface Quantity {
  value: number;
  /** "%", "€" or the word typed after the number ("Tage"); "" without a unit. */
  unit: string;
}

const CURRENCY = /^(€|EUR|Euro)$/i;

export function parseQuantity(input: string): Quantity | null {
  const s = input.trim();
  if (s === '') return null;
  const m = /^(€|EUR|Euro)?\s*([+\-\u2212]?[\d.,\s\u00a0\u202f]*\d[\d.,]*)\s*([\p{L}%€][\p{L}\p{N}²³%€./\- ]*)?$/iu.exec(s);
  if (!m) return null;
  const value = parseNumber(m[2]);
  if (value === null) return null;
  if (m[1] && m[3]) return null; // "€ 5 Tage"
  const unit = (m[1] ?? m[3] ?? '').trim();
  return { value, unit: CURRENCY.test(unit) ? '€' : unit };
}

/** The same unit written differently: "%" and "Prozent", "€" and "EUR", case and trailing dots. */
export function sameUnit(a: string, b: string): boolean {
  const norm = (u: string) => {
    const x = u.trim().toLowerCase().replace(/\.$/, '');
    if (x === 'prozent' || x === 'percent') return '%';
    if (CURRENCY.test(x)) return '€';
    return x;
  };
  return norm(a) === norm(b);
}

/** A degree of achievement as the server takes it: percent 0–150 with at most one decimal, "60", "60,5", "60.5" or "60,5 %". */
export type DegreeResult = { ok: true; value: number } | { ok: false; error: 'invalid' | 'range' };

export function parseDegree(input: string): DegreeResult {
  const q = parseQuantity(input);
  if (!q || (q.unit !== '' && q.unit !== '%')) return { ok: false, error: 'invalid' };
  if (q.value < 0 || q.value > 150) return { ok: false, error: 'range' };
  // One decimal at most: 60,55 has no single reading as the server keeps it.
  if (Math.abs(Math.round(q.value * 10) - q.value * 10) > 1e-9) return { ok: false, error: 'invalid' };
  return { ok: true, value: Math.round(q.value * 10) / 10 };
}
