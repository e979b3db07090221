// The goal cascade as a tree: strategic goals → top-level goals (Dezernat,
// Fachbereich) → goals whose parent is the goal above → …; goals that link
// to nothing (or to a goal outside the list) form their own group.

export type GoalLevel = 'DEZERNAT' | 'FACHBEREICH' | 'AMT' | 'ABTEILUNG' | 'PRODUCT';
export type UnitKind = 'VERWALTUNGSVORSTAND' | 'DEZERNAT' | 'FACHBEREICH' | 'AMT' | 'ABTEILUNG';

export interface GoalLike {
  id: string;
  level: GoalLevel;
  title: string;
  orgUnit: { id: string; name: string; kind: UnitKind };
  parent: { id: string } | null;
  strategicGoal: { id: string } | null;
}

export interface SgLike {
  id: string;
  number: number;
  title: string;
}

export interface GoalNode<G extends GoalLike> {
  goal: G;
  children: GoalNode<G>[];
}

export interface Cascade<S extends SgLike, G extends GoalLike> {
  strategic: { sg: S; children: GoalNode<G>[] }[];
  unlinked: GoalNode<G>[];
}

export const levelRank: Record<GoalLevel, number> = { DEZERNAT: 1, FACHBEREICH: 1, AMT: 2, ABTEILUNG: 3, PRODUCT: 4 };

const byTitle = <G extends GoalLike>(a: GoalNode<G>, b: GoalNode<G>) =>
  levelRank[a.goal.level] - levelRank[b.goal.level] || a.goal.orgUnit.name.localeCompare(b.goal.orgUnit.name, 'de') || a.goal.title.localeCompare(b.goal.title, 'de');

export function buildCascade<S extends SgLike, G extends GoalLike>(sgs: readonly S[], goals: readonly G[]): Cascade<S, G> {
  const nodes = new Map<string, GoalNode<G>>();
  for (const g of goals) nodes.set(g.id, { goal: g, children: [] });
  const bySg = new Map<string, GoalNode<G>[]>();
  const unlinked: GoalNode<G>[] = [];
  for (const n of nodes.values()) {
    const p = n.goal.parent ? nodes.get(n.goal.parent.id) : undefined;
    if (p && p !== n) p.children.push(n);
    else if (!n.goal.parent && n.goal.strategicGoal && sgs.some((s) => s.id === n.goal.strategicGoal!.id)) {
      const list = bySg.get(n.goal.strategicGoal.id) ?? [];
      list.push(n);
      bySg.set(n.goal.strategicGoal.id, list);
    } else unlinked.push(n);
  }
  const sortDeep = (list: GoalNode<G>[]) => {
    list.sort(byTitle);
    list.forEach((c) => sortDeep(c.children));
    return list;
  };
  return {
    strategic: [...sgs].sort((a, b) => a.number - b.number).map((sg) => ({ sg, children: sortDeep(bySg.get(sg.id) ?? []) })),
    unlinked: sortDeep(unlinked),
  };
}

/** The level a child of a goal of this level gets by default (null below a strategic goal: Dezernat). */
export function childLevel(parent: GoalLevel | null): GoalLevel {
  switch (parent) {
    case null:
      return 'DEZERNAT';
    case 'DEZERNAT':
    case 'FACHBEREICH':
      return 'AMT';
    case 'AMT':
      return 'ABTEILUNG';
    default:
      return 'PRODUCT';
  }
}

/** The unit kind a goal of a level belongs to (product goals: any unit). */
export function unitKindOf(level: GoalLevel): UnitKind | null {
  return level === 'PRODUCT' ? null : level;
}

export interface UnitLike {
  id: string;
  name: string;
  kind: UnitKind;
  parent: { id: string } | null;
}

/** unitId and every unit below it. */
export function unitAndBelow<U extends UnitLike>(units: readonly U[], unitId: string): U[] {
  const out: U[] = [];
  const want = new Set([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (!want.has(u.id) && u.parent && want.has(u.parent.id)) {
        want.add(u.id);
        grew = true;
      }
    }
  }
  for (const u of units) if (want.has(u.id)) out.push(u);
  return out;
}

/**
 * The units a new goal of a level may belong to: of the level's kind, and
 * (below a parent goal) the parent's unit or a unit below it. A unit the
 * viewer leads comes first, so that the default is their own.
 */
export function unitChoices<U extends UnitLike>(units: readonly U[], level: GoalLevel, parentUnitId: string | null, led: readonly string[] = []): U[] {
  const pool = parentUnitId ? unitAndBelow(units, parentUnitId) : [...units];
  const kind = unitKindOf(level);
  const fit = pool.filter((u) => kind === null || u.kind === kind);
  const ledBelow = new Set<string>();
  for (const l of led) for (const u of unitAndBelow(units, l)) ledBelow.add(u.id);
  return fit.sort((a, b) => Number(ledBelow.has(b.id)) - Number(ledBelow.has(a.id)) || a.name.localeCompare(b.name, 'de'));
}

/** Goals that may be the parent of a goal of level in unitId: a higher level, the unit itself or a unit above. */
export function parentChoices<G extends GoalLike, U extends UnitLike>(goals: readonly G[], units: readonly U[], level: GoalLevel, unitId: string): G[] {
  if (levelRank[level] === 1) return [];
  const above = new Set<string>();
  const byId = new Map(units.map((u) => [u.id, u]));
  for (let u = byId.get(unitId); u; u = u.parent ? byId.get(u.parent.id) : undefined) {
    if (above.has(u.id)) break;
    above.add(u.id);
  }
  return goals.filter((g) => levelRank[g.level] < levelRank[level] && above.has(g.orgUnit.id));
}
