import { describe, expect, it } from 'vitest';
import { buildCascade, childLevel, parentChoices, unitAndBelow, unitChoices, type GoalLike, type UnitLike } from './cascade';
import { draftProblems, emptyDraft, planKey, removeNewUnit, reorgInput, type ReorgDraft } from './reorg';
import { buildOrgTree, flattenTree } from './orgTree';
import { adminPages, mayAdminister } from './adminAccess';
import { degreeToPercent, percentToDegree, thresholdProblems } from './kpiForm';
import { importKindsFor } from './importApi';
import { sortFiscalYears, suggestFiscalYear } from './fiscalYears';

const units: (UnitLike & { code: string })[] = [
  { id: 'vv', code: 'VV', name: 'Verwaltungsvorstand', kind: 'VERWALTUNGSVORSTAND', parent: null },
  { id: 'd2', code: 'II', name: 'Dezernat II', kind: 'DEZERNAT', parent: { id: 'vv' } },
  { id: 'd3', code: 'III', name: 'Dezernat III', kind: 'DEZERNAT', parent: { id: 'vv' } },
  { id: 'a20', code: '20', name: 'Kämmerei', kind: 'AMT', parent: { id: 'd2' } },
  { id: 'a32', code: '32', name: 'Ordnungsamt', kind: 'AMT', parent: { id: 'd3' } },
  { id: 'ab201', code: '20.1', name: 'Haushalt', kind: 'ABTEILUNG', parent: { id: 'a20' } },
];
const unit = (id: string) => {
  const u = units.find((x) => x.id === id)!;
  return { id: u.id, name: u.name, kind: u.kind };
};
const goal = (id: string, level: GoalLike['level'], unitId: string, parent: string | null, sg: string | null): GoalLike => ({
  id,
  level,
  title: `Ziel ${id}`,
  orgUnit: unit(unitId),
  parent: parent ? { id: parent } : null,
  strategicGoal: sg ? { id: sg } : null,
});

describe('goal cascade', () => {
  const sgs = [
    { id: 's2', number: 2, title: 'Solide Finanzen' },
    { id: 's1', number: 1, title: 'Bildung' },
  ];
  const goals = [goal('g1', 'DEZERNAT', 'd2', null, 's2'), goal('g2', 'AMT', 'a20', 'g1', null), goal('g3', 'ABTEILUNG', 'ab201', 'g2', null), goal('u1', 'AMT', 'a32', null, null), goal('o1', 'AMT', 'a32', 'missing', null)];

  it('hangs goals under their strategic goal and parents, by number', () => {
    const c = buildCascade(sgs, goals);
    expect(c.strategic.map((s) => s.sg.number)).toEqual([1, 2]);
    expect(c.strategic[0].children).toEqual([]);
    const top = c.strategic[1].children;
    expect(top.map((n) => n.goal.id)).toEqual(['g1']);
    expect(top[0].children[0].goal.id).toBe('g2');
    expect(top[0].children[0].children[0].goal.id).toBe('g3');
  });

  it('puts goals without link, or with a parent outside the list, in the unlinked group', () => {
    expect(buildCascade(sgs, goals).unlinked.map((n) => n.goal.id).sort()).toEqual(['o1', 'u1']);
  });

  it('links to a strategic goal not listed (retired) counts as unlinked', () => {
    expect(buildCascade([sgs[1]], goals).unlinked.map((n) => n.goal.id)).toContain('g1');
  });

  it('proposes the level below', () => {
    expect(childLevel(null)).toBe('DEZERNAT');
    expect(childLevel('DEZERNAT')).toBe('AMT');
    expect(childLevel('FACHBEREICH')).toBe('AMT');
    expect(childLevel('AMT')).toBe('ABTEILUNG');
    expect(childLevel('ABTEILUNG')).toBe('PRODUCT');
  });

  it('offers units of the level below the parent, the viewer’s own first', () => {
    expect(unitAndBelow(units, 'd2').map((u) => u.id)).toEqual(['d2', 'a20', 'ab201']);
    expect(unitChoices(units, 'AMT', 'd2').map((u) => u.id)).toEqual(['a20']);
    expect(unitChoices(units, 'DEZERNAT', null).map((u) => u.id)).toEqual(['d2', 'd3']);
    expect(unitChoices(units, 'DEZERNAT', null, ['d3']).map((u) => u.id)).toEqual(['d3', 'd2']);
    expect(unitChoices(units, 'PRODUCT', 'a20').map((u) => u.id)).toEqual(['ab201', 'a20']);
  });

  it('offers as parents goals of a higher level in the unit or above', () => {
    expect(parentChoices(goals, units, 'ABTEILUNG', 'ab201').map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(parentChoices(goals, units, 'AMT', 'a32').map((g) => g.id)).toEqual([]);
    expect(parentChoices(goals, units, 'DEZERNAT', 'd2')).toEqual([]);
  });
});

describe('reorganisation input', () => {
  const draft: ReorgDraft = {
    on: '2027-01-01',
    dissolve: ['a20', 'a32', 'a20'],
    create: [
      { key: 'k1', code: ' 21 ', name: ' Finanzen ', kind: 'AMT', parent: 'id:d2', leaderId: 'p1' },
      { key: 'k2', code: '21.1', name: 'Kasse', kind: 'ABTEILUNG', parent: 'key:k1', leaderId: '' },
    ],
    moves: [
      { fromId: 'a20', to: 'key:k1', what: ['SUB_UNITS', 'GOALS'] },
      { fromId: 'a32', to: 'id:a20', what: ['PRODUCTS'] },
    ],
  };

  it('names existing successors by id and new ones by key, trims and de-duplicates', () => {
    expect(reorgInput(draft, true)).toEqual({
      on: '2027-01-01',
      dissolve: ['a20', 'a32'],
      create: [
        { key: 'k1', code: '21', name: 'Finanzen', kind: 'AMT', parentId: 'd2', leaderId: 'p1' },
        { key: 'k2', code: '21.1', name: 'Kasse', kind: 'ABTEILUNG', parentKey: 'k1' },
      ],
      moves: [
        { fromId: 'a20', toKey: 'k1', what: ['GOALS', 'SUB_UNITS'] },
        { fromId: 'a32', toId: 'a20', what: ['PRODUCTS'] },
      ],
      dryRun: true,
    });
  });

  it('applies exactly what the dry run showed: same input but dryRun', () => {
    const { dryRun: a, ...dry } = reorgInput(draft, true);
    const { dryRun: b, ...wet } = reorgInput(draft, false);
    expect(a).toBe(true);
    expect(b).toBe(false);
    expect(wet).toEqual(dry);
    expect(planKey(draft)).toBe(planKey({ ...draft }));
    expect(planKey({ ...draft, on: '2027-02-01' })).not.toBe(planKey(draft));
  });

  it('reports what is missing before sending', () => {
    expect(draftProblems(emptyDraft('2027-01-01'))).toEqual({ '': 'reorg.needSomething' });
    expect(draftProblems({ ...emptyDraft(''), moves: [{ fromId: '', to: '', what: [] }] })).toEqual({
      on: 'reorg.needDay',
      'moves.0.fromId': 'reorg.needFrom',
      'moves.0.to': 'reorg.needTo',
      'moves.0.what': 'reorg.needWhat',
    });
    expect(draftProblems(draft)).toEqual({});
  });

  it('removing a new unit clears what referred to it', () => {
    const d = removeNewUnit(draft, 'k1');
    expect(d.create.map((u) => [u.key, u.parent])).toEqual([['k2', '']]);
    expect(d.moves[0].to).toBe('');
  });
});

describe('org tree', () => {
  it('builds the tree from the flat list, roots in orgTree order, children by code', () => {
    const roots = buildOrgTree(
      [...units].reverse().map((u) => ({ ...u })),
      ['vv'],
    );
    expect(roots.map((r) => r.unit.id)).toEqual(['vv']);
    expect(roots[0].children.map((c) => c.unit.code)).toEqual(['II', 'III']);
    expect(flattenTree(roots).map((f) => `${f.depth}:${f.unit.id}`)).toEqual(['0:vv', '1:d2', '2:a20', '3:ab201', '1:d3', '2:a32']);
  });
  it('a unit whose parent does not exist on the day is a root', () => {
    expect(buildOrgTree([units[3]]).map((r) => r.unit.id)).toEqual(['a20']);
  });
});

describe('administration access', () => {
  it('ADMIN gets every page, CONTROLLING the KPI catalogue, a leader the cascade, others nothing', () => {
    expect(adminPages({ roles: ['ADMIN'], ledUnits: [] })).toEqual([
      'org', 'people', 'strategic', 'cascade', 'kpis', 'products', 'measures', 'years', 'import', 'roles', 'deputies', 'transfers', 'outbox',
    ]);
    expect(adminPages({ roles: ['CONTROLLING'], ledUnits: [] })).toEqual(['kpis', 'measures']);
    expect(adminPages({ roles: ['LEADERSHIP'], ledUnits: [{ id: 'd2' }] })).toEqual(['cascade', 'deputies']);
    expect(mayAdminister({ roles: ['HR'], ledUnits: [] })).toBe(false);
  });
  it('import kinds: figures as before, onboarding kinds by role', () => {
    expect(importKindsFor({ roles: ['CONTROLLING'], ledUnits: [], viewerCanRecordFigures: true })).toEqual(['kpi-values', 'budget-lines', 'hsp-realisation', 'kpis', 'hsp-measures']);
    expect(importKindsFor({ roles: ['ADMIN'], ledUnits: [], viewerCanRecordFigures: false })).toHaveLength(10);
    expect(importKindsFor({ roles: [], ledUnits: [], viewerCanRecordFigures: false })).toEqual([]);
  });
});

describe('KPI thresholds', () => {
  it('are typed in percent and kept as degrees', () => {
    expect(percentToDegree('100')).toBe(1);
    expect(percentToDegree('92,5')).toBe(0.925);
    expect(degreeToPercent(0.9)).toBe('90');
    expect(thresholdProblems('90', '95')).toEqual({ yellow: 'kpiAdmin.yellowAboveGreen' });
    expect(thresholdProblems('x', '')).toEqual({ green: 'kpiAdmin.badNumber' });
    expect(thresholdProblems('100', '90')).toEqual({});
  });
});

describe('fiscal years', () => {
  it('are listed newest first; the form suggests the year after the newest, or this year', () => {
    expect(sortFiscalYears([{ year: 2026 }, { year: 2028 }, { year: 2027 }]).map((y) => y.year)).toEqual([2028, 2027, 2026]);
    expect(suggestFiscalYear([{ year: 2026 }, { year: 2028 }], 2026)).toBe(2029);
    expect(suggestFiscalYear([], 2026)).toBe(2026);
  });
});
