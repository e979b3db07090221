// Which start page a person gets, from their roles and the units they lead.

export type Role = 'OB' | 'OB_OFFICE' | 'LEADERSHIP' | 'CONTROLLING' | 'HR' | 'ADMIN' | 'PAY_COMMISSION';

export type StartKind = 'office' | 'leadership' | 'manager' | 'controlling' | 'hr' | 'commission' | 'staff';

export interface MeLike {
  roles: readonly Role[];
  ledUnits: readonly { id: string }[];
}

/**
 * OB and OB office: the Dezernate matrix. Leadership (Verwaltungsvorstand,
 * Dezernenten): the cascade in their area. A person who leads a unit (a
 * manager by the org tree): their agreements and tasks. Controlling without
 * a unit: figures. HR: performance pay. A member of the joint pay
 * commission: their objection cases. Anyone else: their own agreements (they may still be a
 * party to one).
 */
export function startKind(me: MeLike): StartKind {
  const r = new Set(me.roles);
  if (r.has('OB') || r.has('OB_OFFICE')) return 'office';
  if (r.has('LEADERSHIP')) return 'leadership';
  if (me.ledUnits.length > 0) return 'manager';
  if (r.has('CONTROLLING')) return 'controlling';
  if (r.has('HR')) return 'hr';
  if (r.has('PAY_COMMISSION')) return 'commission';
  return 'staff';
}

export const roleOrder: Role[] = ['OB', 'OB_OFFICE', 'LEADERSHIP', 'CONTROLLING', 'HR', 'PAY_COMMISSION', 'ADMIN'];

export function sortRoles(roles: readonly Role[]): Role[] {
  return [...roles].sort((a, b) => roleOrder.indexOf(a) - roleOrder.indexOf(b));
}

/**
 * The main navigation a person needs beyond the start page: everything
 * (each entry still gated by its own permission), or nothing for a member
 * of the pay commission without other roles or units, whose start page
 * lists their cases and who may open only those.
 */
export function navScope(me: MeLike): 'full' | 'start' {
  return startKind(me) === 'commission' ? 'start' : 'full';
}
