// The pay scheme form: what HR types (German or English numbers, "100.000,00 €",
// "2,5 %", "60,5") and the PaySchemeSetInput it becomes. Ranges and order are
// the server's to check (its userErrors name the same fields); here only
// what cannot be read as a number is caught.
import type { Lang } from './format';
import { parseCents, parseNumber, parseQuantity } from './number';

export type PotMode = 'amount' | 'share';

export interface BandRow {
  /** A stable key for React while rows are added and removed. */
  key: number;
  fromDegree: string;
  points: string;
}

export interface SchemeForm {
  potMode: PotMode;
  pot: string;
  paySum: string;
  share: string;
  bands: BandRow[];
  partTimeProRata: boolean;
  partialYearProRata: boolean;
  tvoedLob: boolean;
  beamte: boolean;
  agreementBy: string;
  reviewBy: string;
  assessmentBy: string;
  objectionDays: string;
}

export interface SchemeLike {
  potCents: number | null;
  paySumCents: number | null;
  potShareBasisPoints: number | null;
  partTimeProRata: boolean;
  partialYearProRata: boolean;
  tvoedLob: boolean;
  beamte: boolean;
  agreementBy: string | null;
  reviewBy: string | null;
  assessmentBy: string | null;
  objectionDays: number;
  bands: readonly { fromDegree: number; points: number }[];
}

export interface SchemeInput {
  year: number;
  expectedVersion: number;
  potCents: number | null;
  paySumCents: number | null;
  potShareBasisPoints: number | null;
  partTimeProRata: boolean;
  partialYearProRata: boolean;
  tvoedLob: boolean;
  beamte: boolean;
  agreementBy: string | null;
  reviewBy: string | null;
  assessmentBy: string | null;
  objectionDays: number;
  bands: { fromDegree: number; points: number }[];
}

/** Why an input could not be read; the form turns it into a message at its field. */
export type SchemeProblem = 'amount' | 'percent' | 'degree' | 'whole';

const locale = (lang: Lang) => (lang === 'de' ? 'de-DE' : 'en-GB');

/** 10000000 cents → "100.000,00" (de) / "100,000.00" (en): as parseCents reads it back. */
export function centsInput(cents: number | null, lang: Lang): string {
  if (cents === null) return '';
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** A number for an input field without grouping: 60.5 → "60,5" (de). */
export function numberInput(n: number | null, lang: Lang): string {
  if (n === null) return '';
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 4, useGrouping: false }).format(n);
}

export function schemeToForm(s: SchemeLike, lang: Lang): SchemeForm {
  const share = s.potCents === null && s.potShareBasisPoints !== null;
  return {
    potMode: share ? 'share' : 'amount',
    pot: centsInput(s.potCents, lang),
    paySum: centsInput(s.paySumCents, lang),
    share: s.potShareBasisPoints === null ? '' : numberInput(s.potShareBasisPoints / 100, lang),
    bands: s.bands.map((b, i) => ({ key: i, fromDegree: numberInput(b.fromDegree, lang), points: String(b.points) })),
    partTimeProRata: s.partTimeProRata,
    partialYearProRata: s.partialYearProRata,
    tvoedLob: s.tvoedLob,
    beamte: s.beamte,
    agreementBy: s.agreementBy ?? '',
    reviewBy: s.reviewBy ?? '',
    assessmentBy: s.assessmentBy ?? '',
    objectionDays: String(s.objectionDays),
  };
}

/** A new band below the next one: 10 degree points above the last one, one point more. */
export function nextBand(bands: readonly BandRow[], lang: Lang): BandRow {
  const key = bands.reduce((m, b) => Math.max(m, b.key), -1) + 1;
  const last = bands[bands.length - 1];
  if (!last) return { key, fromDegree: '0', points: '0' };
  const from = parseNumber(last.fromDegree);
  const points = parseNumber(last.points);
  return {
    key,
    fromDegree: from === null ? '' : numberInput(Math.min(150, from + 10), lang),
    points: points === null ? '' : String(points + 1),
  };
}

function percentOf(input: string): number | null {
  const q = parseQuantity(input);
  if (!q || (q.unit !== '' && q.unit !== '%')) return null;
  return q.value;
}

/**
 * The mutation input, or the problems by field ("potCents", "bands.2.points"),
 * the same names the server's userErrors carry.
 */
export function formToInput(
  f: SchemeForm,
  year: number,
  expectedVersion: number,
): { ok: true; input: SchemeInput } | { ok: false; problems: Record<string, SchemeProblem> } {
  const problems: Record<string, SchemeProblem> = {};
  let potCents: number | null = null;
  let paySumCents: number | null = null;
  let potShareBasisPoints: number | null = null;
  if (f.potMode === 'amount') {
    potCents = parseCents(f.pot);
    if (potCents === null) problems['potCents'] = 'amount';
  } else {
    paySumCents = parseCents(f.paySum);
    if (paySumCents === null) problems['paySumCents'] = 'amount';
    const pct = percentOf(f.share);
    if (pct === null) problems['potShareBasisPoints'] = 'percent';
    else potShareBasisPoints = Math.round(pct * 100);
  }
  const bands = f.bands.map((b, i) => {
    const from = percentOf(b.fromDegree);
    const points = parseNumber(b.points);
    if (from === null) problems[`bands.${i}.fromDegree`] = 'degree';
    if (points === null || !Number.isInteger(points)) problems[`bands.${i}.points`] = 'whole';
    return { fromDegree: from ?? 0, points: points ?? 0 };
  });
  const days = parseNumber(f.objectionDays);
  if (days === null || !Number.isInteger(days)) problems['objectionDays'] = 'whole';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      year,
      expectedVersion,
      potCents,
      paySumCents,
      potShareBasisPoints,
      partTimeProRata: f.partTimeProRata,
      partialYearProRata: f.partialYearProRata,
      tvoedLob: f.tvoedLob,
      beamte: f.beamte,
      agreementBy: f.agreementBy || null,
      reviewBy: f.reviewBy || null,
      assessmentBy: f.assessmentBy || null,
      objectionDays: days!,
      bands,
    },
  };
}

/** The pot a share gives, as the server rounds it (to the cent): for the form's preview. */
export function shareOfPaySum(paySumCents: number, basisPoints: number): number {
  return Math.round((paySumCents * basisPoints) / 10000);
}
