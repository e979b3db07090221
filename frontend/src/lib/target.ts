// An item's target value as typed: a number, optionally with its unit
// ("95 %", "645.000 €", "30 Tage"). An item keeps one of the units %, €,
// Tage, Anzahl (or none); a typed one of those fills the item's unit. An
// item linked to a KPI shows the KPI's unit instead (the server's rule:
// the KPI's unit wins), so there a typed unit must be the KPI's.
import type { TargetUnit } from '../gql/graphql';
import { parseQuantity, sameUnit } from './number';

export type { TargetUnit };

export type TargetCheck =
  | { ok: true; value: number | null; unit?: TargetUnit; unitNotSaved?: string }
  | { ok: false; error: 'invalid' }
  | { ok: false; error: 'unit'; kpiUnit: string };

/** The item unit a typed unit stands for ("Tage" → DAYS); null for any other unit. */
export function unitOfTyped(typed: string): TargetUnit | null {
  const u = typed.trim().toLowerCase().replace(/\.$/, '');
  if (sameUnit(u, '%')) return 'PERCENT' as TargetUnit;
  if (sameUnit(u, '€')) return 'EUR' as TargetUnit;
  if (['tage', 'tag', 'day', 'days', 'arbeitstage'].includes(u)) return 'DAYS' as TargetUnit;
  if (['anzahl', 'stück', 'stk', 'count', 'number'].includes(u)) return 'COUNT' as TargetUnit;
  return null;
}

export function checkTarget(input: string, kpiUnit: string | null): TargetCheck {
  if (input.trim() === '') return { ok: true, value: null };
  const q = parseQuantity(input);
  if (!q) return { ok: false, error: 'invalid' };
  if (q.unit === '') return { ok: true, value: q.value };
  if (kpiUnit) return sameUnit(q.unit, kpiUnit) ? { ok: true, value: q.value } : { ok: false, error: 'unit', kpiUnit };
  const unit = unitOfTyped(q.unit);
  return unit ? { ok: true, value: q.value, unit } : { ok: true, value: q.value, unitNotSaved: q.unit };
}

/** The unit shown next to an item's target: the linked KPI's unit wins over the item's own. */
export function shownUnit(item: { kpi?: { unit: string } | null; targetUnit: TargetUnit }, word: (u: TargetUnit) => string): string {
  if (item.kpi) return item.kpi.unit;
  return item.targetUnit === 'NONE' ? '' : word(item.targetUnit);
}
