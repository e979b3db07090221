// An item's target value as typed: a number, optionally with its unit
// ("95 %", "645.000 €", "30 Tage"). The server keeps the number only; the
// unit is the linked KPI's. A unit typed for an item without a KPI is not
// saved, and the form says so.
import { parseQuantity, sameUnit } from './number';

export type TargetCheck =
  | { ok: true; value: number | null; unitNotSaved?: string }
  | { ok: false; error: 'invalid' } 
  | { ok: false; error: 'unit'; kpiUnit: string };

export function checkTarget(input: string, kpiUnit: string | null): TargetCheck {
  if (input.trim() === '') return { ok: true, value: null };
  const q = parseQuantity(input);
  if (!q) return { ok: false, error: 'invalid' };
  if (q.unit === '') return { ok: true, value: q.value };
  if (kpiUnit) return sameUnit(q.unit, kpiUnit) ? { ok: true, value: q.value } : { ok: false, error: 'unit', kpiUnit };
  return { ok: true, value: q.value, unitNotSaved: q.unit };
}
