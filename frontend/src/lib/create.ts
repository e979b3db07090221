// Pure helpers for starting an agreement and copying one to another year:
// which units a principal may choose, which years the server accepts, and
// where the server's userErrors belong in the form.

export interface PersonLike {
  id: string;
  name: string;
  position?: string;
}

export interface UnitLike {
  id: string;
  name: string;
  leader: PersonLike | null;
}

export interface LedUnitLike {
  id: string;
  name: string;
  /** The sub-units that exist today (OrgUnit.children). */
  children: readonly UnitLike[];
}

export interface ExistingAgreementLike {
  id: string;
  orgUnit: { id: string };
  agent: { id: string };
}

export interface CreatableUnit {
  unit: UnitLike;
  /** The agent: the unit's leader. */
  leader: PersonLike;
  /** The led unit the unit sits directly below. */
  parentName: string;
  /** An agreement the viewer already has with this unit and leader in the chosen year. */
  existingId: string | null;
}

export interface CreatableUnits {
  options: CreatableUnit[];
  /** Units below the led ones that have no leader today: no agreement is possible. */
  withoutLeader: UnitLike[];
}

/**
 * The units a principal may start an agreement for: the units directly below
 * the units they lead (as they exist today), each with its leader as the
 * agent. Units without a leader, and units the viewer leads themselves (no
 * agreement with oneself), are left out; each unit appears once.
 */
export function creatableUnits(
  ledUnits: readonly LedUnitLike[],
  meId: string,
  existing: readonly ExistingAgreementLike[] = [],
): CreatableUnits {
  const seen = new Set<string>();
  const options: CreatableUnit[] = [];
  const withoutLeader: UnitLike[] = [];
  const ledIds = new Set(ledUnits.map((u) => u.id));
  for (const parent of ledUnits) {
    for (const unit of parent.children) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      if (!unit.leader) {
        withoutLeader.push(unit);
        continue;
      }
      if (unit.leader.id === meId || ledIds.has(unit.id)) continue;
      const leader = unit.leader;
      const hit = existing.find((a) => a.orgUnit.id === unit.id && a.agent.id === leader.id);
      options.push({ unit, leader, parentName: parent.name, existingId: hit?.id ?? null });
    }
  }
  return { options, withoutLeader };
}

/** The years an agreement may be for: the fiscal years Zielwerk holds plus the next one, ascending. */
export function agreementYears(fiscalYears: readonly number[]): number[] {
  const ys = [...new Set(fiscalYears)].filter((y) => Number.isInteger(y)).sort((a, b) => a - b);
  if (ys.length === 0) return [];
  return [...ys, ys[ys.length - 1] + 1];
}

/** The year a new agreement starts with: the year the person is looking at, else the latest possible. */
export function defaultNewYear(options: readonly number[], sessionYear: number): number | null {
  if (options.length === 0) return null;
  return options.includes(sessionYear) ? sessionYear : options[options.length - 1];
}

/** The years an agreement of sourceYear may be copied into: every possible year but its own. */
export function copyYears(fiscalYears: readonly number[], sourceYear: number): number[] {
  return agreementYears(fiscalYears).filter((y) => y !== sourceYear);
}

/** The copy target offered first: the following year, else the next later one, else the latest. */
export function defaultCopyYear(options: readonly number[], sourceYear: number): number | null {
  if (options.length === 0) return null;
  if (options.includes(sourceYear + 1)) return sourceYear + 1;
  return options.find((y) => y > sourceYear) ?? options[options.length - 1];
}

export type CreateField = 'unit' | 'year' | 'payRule' | 'form';

/**
 * Places userErrors (by field, from userErrorsByField) in the create form:
 * orgUnitId and agentId belong to the unit choice (the agent follows from
 * the unit), year and payRule to theirs, anything else to the whole form.
 */
export function createFieldErrors(byField: Record<string, string[]>): Partial<Record<CreateField, string[]>> {
  const out: Partial<Record<CreateField, string[]>> = {};
  const push = (f: CreateField, msgs: string[]) => {
    out[f] = [...(out[f] ?? []), ...msgs];
  };
  for (const [field, msgs] of Object.entries(byField)) {
    if (field === 'orgUnitId' || field === 'agentId') push('unit', msgs);
    else if (field === 'year') push('year', msgs);
    else if (field === 'payRule') push('payRule', msgs);
    else push('form', msgs);
  }
  return out;
}
