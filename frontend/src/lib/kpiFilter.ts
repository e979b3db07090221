// The KPI list's filters as URL query: ampel (light), bereich (unit id or
// "alle"; a leader's own unit when absent) and ueberfaellig=1.
import type { TrafficLight } from '../components/Light';

export type LightFilter = TrafficLight | 'ALL';
export interface KpiFilter {
  light: LightFilter;
  unit: string | null;
  overdue: boolean;
}

const lights: LightFilter[] = ['ALL', 'RED', 'YELLOW', 'GREEN', 'NONE'];

/** Reads the filter; without "bereich" a leader sees their own unit ("Mein Bereich"). */
export function kpiFilterFrom(q: URLSearchParams, myUnit: string | null): KpiFilter {
  const l = q.get('ampel') ?? 'ALL';
  const b = q.get('bereich');
  return {
    light: (lights as string[]).includes(l) ? (l as LightFilter) : 'ALL',
    unit: b === null ? myUnit : b === 'alle' || b === '' ? null : b,
    overdue: q.get('ueberfaellig') === '1',
  };
}

/** The query string of a filter ("" for the default). */
export function kpiFilterSearch(f: KpiFilter, myUnit: string | null): string {
  const q = new URLSearchParams();
  if (f.light !== 'ALL') q.set('ampel', f.light);
  if (f.unit !== myUnit) q.set('bereich', f.unit ?? 'alle');
  if (f.overdue) q.set('ueberfaellig', '1');
  const s = q.toString();
  return s ? `?${s}` : '';
}
