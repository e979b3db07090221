// Sums for the budget and HSP view.
export interface SavingLike {
  year: number;
  planned: number;
  realised: number | null;
}

/** Planned and realised savings per year over all measures (cents). */
export function savingsByYear(measures: readonly { savings: readonly SavingLike[] }[], years: readonly number[]) {
  const planned = years.map(() => 0);
  const realised = years.map(() => 0);
  for (const m of measures) {
    for (const s of m.savings) {
      const i = years.indexOf(s.year);
      if (i < 0) continue;
      planned[i] += s.planned;
      realised[i] += s.realised ?? 0;
    }
  }
  return { planned, realised };
}

/** realised / planned, null when nothing was planned. */
export function rate(planned: number, realised: number | null): number | null {
  if (!planned || realised === null) return null;
  return realised / planned;
}
