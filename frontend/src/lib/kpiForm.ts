// The KPI definition form: thresholds are typed in percent, the server
// keeps degrees (1 = 100 %).
import { parseNumber } from './number';

export function percentToDegree(input: string): number | null {
  const n = parseNumber(input);
  return n === null ? null : Math.round(n * 100) / 10000;
}

export function degreeToPercent(d: number | null | undefined): string {
  if (d === null || d === undefined) return '';
  return String(Math.round(d * 10000) / 100);
}

/** Threshold problems the form reports before sending: a number each, yellow not above green. */
export function thresholdProblems(green: string, yellow: string): { green?: 'kpiAdmin.badNumber'; yellow?: 'kpiAdmin.badNumber' | 'kpiAdmin.yellowAboveGreen' } {
  const g = percentToDegree(green);
  const y = percentToDegree(yellow);
  const out: ReturnType<typeof thresholdProblems> = {};
  if (green.trim() !== '' && g === null) out.green = 'kpiAdmin.badNumber';
  if (yellow.trim() !== '' && y === null) out.yellow = 'kpiAdmin.badNumber';
  if (g !== null && y !== null && y > g) out.yellow = 'kpiAdmin.yellowAboveGreen';
  return out;
}
