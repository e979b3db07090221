// Pure helpers for the KPI view: periods, series for the chart.
export interface KpiValueLike {
  year: number;
  quarter: number | null;
  month: number | null;
  plan: number | null;
  actual: number | null;
}

export function periodKey(v: Pick<KpiValueLike, 'year' | 'quarter' | 'month'>): string {
  if (v.month) return `${v.year}-${String(v.month).padStart(2, '0')}`;
  if (v.quarter) return `${v.year}-Q${v.quarter}`;
  return String(v.year);
}

/** Yearly values as aligned series over a year range (null where missing). */
export function yearlySeries(values: readonly KpiValueLike[], from: number, to: number) {
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  const byYear = new Map(values.filter((v) => v.quarter === null && v.month === null).map((v) => [v.year, v]));
  return {
    years,
    plan: years.map((y) => byYear.get(y)?.plan ?? null),
    actual: years.map((y) => byYear.get(y)?.actual ?? null),
  };
}

/** Sort: newest year first, then the year before its quarters and months. */
export function sortValues<T extends KpiValueLike>(values: readonly T[]): T[] {
  const rank = (v: KpiValueLike) => (v.month ? 100 + v.month : v.quarter ? 10 + v.quarter : 0);
  return [...values].sort((a, b) => b.year - a.year || rank(a) - rank(b));
}
