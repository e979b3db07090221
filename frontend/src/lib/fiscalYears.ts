// Fiscal years on the administration page: newest first, and the year a
// form suggests to open next.
export function sortFiscalYears<Y extends { year: number }>(years: readonly Y[]): Y[] {
  return [...years].sort((a, b) => b.year - a.year);
}

/** The year after the newest opened one, or the current year when none is opened yet. */
export function suggestFiscalYear(years: readonly { year: number }[], currentYear: number): number {
  if (years.length === 0) return currentYear;
  return Math.max(...years.map((y) => y.year)) + 1;
}
