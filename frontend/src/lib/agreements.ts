// Pure helpers around agreements: status order, cascade progress.
import type { AgreementStatus } from '../components/StatusBadge';

export const statusOrder: AgreementStatus[] = ['DRAFT', 'PROPOSED', 'AGREED', 'REVIEWED', 'ASSESSED', 'CLOSED'];

export function statusRank(s: AgreementStatus): number {
  return statusOrder.indexOf(s);
}

export interface StatusCounts {
  total: number;
  counts: readonly { status: AgreementStatus; count: number }[];
}

/** How far the cascade is: agreements at least concluded, reviewed, assessed. */
export function cascadeProgress(u: StatusCounts) {
  const atLeast = (min: AgreementStatus) =>
    u.counts.filter((c) => statusRank(c.status) >= statusRank(min)).reduce((n, c) => n + c.count, 0);
  return {
    total: u.total,
    concluded: atLeast('AGREED'),
    reviewed: atLeast('REVIEWED'),
    assessed: atLeast('ASSESSED'),
  };
}

export function countOf(u: StatusCounts, s: AgreementStatus): number {
  return u.counts.find((c) => c.status === s)?.count ?? 0;
}

/** Sum per status over several units. */
export function sumCounts(units: readonly StatusCounts[]): StatusCounts {
  const m = new Map<AgreementStatus, number>();
  let total = 0;
  for (const u of units) {
    total += u.total;
    for (const c of u.counts) m.set(c.status, (m.get(c.status) ?? 0) + c.count);
  }
  return { total, counts: statusOrder.filter((s) => m.has(s)).map((s) => ({ status: s, count: m.get(s)! })) };
}
