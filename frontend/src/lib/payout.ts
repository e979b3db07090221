// Performance pay after the assessment: the payout rows as HR orders them,
// their sums, and where an assessed agreement stands (acknowledged,
// objection open or decided) and why it cannot be closed yet.
import type { Lang } from './format';

export interface RowLike {
  person: { name: string };
  agreement: { orgUnit: { name: string } };
  points: number;
  weightedPoints: number;
  cents: number;
  state: string;
  totalDegree: number | null;
}

export type SortKey = 'name' | 'unit' | 'points' | 'cents';

/** Rows ordered by the key (names by the language's collation); ties by name. */
export function sortRows<T extends RowLike>(rows: readonly T[], key: SortKey, descending: boolean, lang: Lang): T[] {
  const coll = new Intl.Collator(lang === 'de' ? 'de' : 'en', { sensitivity: 'base' });
  const byName = (a: T, b: T) => coll.compare(a.person.name, b.person.name);
  const cmp = (a: T, b: T): number => {
    switch (key) {
      case 'unit':
        return coll.compare(a.agreement.orgUnit.name, b.agreement.orgUnit.name);
      case 'points':
        return a.points - b.points;
      case 'cents':
        return a.cents - b.cents;
      default:
        return byName(a, b);
    }
  };
  return [...rows].sort((a, b) => (descending ? -cmp(a, b) : cmp(a, b)) || byName(a, b));
}

/** The sum of the amounts in cents (integers: exact). */
export function sumCents(rows: readonly { cents: number }[]): number {
  return rows.reduce((s, r) => s + r.cents, 0);
}

/** Whether the rows' amounts are the pot to the cent (a payout with included rows). */
export function addsUpToPot(rows: readonly { cents: number }[], potCents: number): boolean {
  return sumCents(rows) === potCents;
}

export interface AssessedLike {
  status: string;
  acknowledgedAt: string | null;
  objectBy: string | null;
  objection: { decision: string | null } | null;
}

export type PayState = 'none' | 'acknowledged' | 'objectionOpen' | 'kept' | 'changed' | 'periodOver' | 'periodRunning';

/** Where an assessed (or closed) agreement stands after the assessment; today is "YYYY-MM-DD" in Berlin. */
export function payState(a: AssessedLike, today: string): PayState {
  if (a.status !== 'ASSESSED' && a.status !== 'CLOSED') return 'none';
  if (a.objection) {
    if (a.objection.decision === 'KEPT') return 'kept';
    if (a.objection.decision === 'CHANGED') return 'changed';
    return 'objectionOpen';
  }
  if (a.acknowledgedAt) return 'acknowledged';
  if (!a.objectBy) return 'none';
  return a.objectBy < today ? 'periodOver' : 'periodRunning';
}

/**
 * Why an ASSESSED agreement cannot be closed yet (lifecycle table: the
 * agent acknowledged, the commission decided, or the objection period is
 * over); null when nothing of that holds it up.
 */
export function closeWaitsFor(a: AssessedLike, today: string): 'decision' | 'acknowledgement' | null {
  if (a.status !== 'ASSESSED') return null;
  const s = payState(a, today);
  if (s === 'objectionOpen') return 'decision';
  if (s === 'periodRunning') return 'acknowledgement';
  return null;
}
