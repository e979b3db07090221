// The reorganisation form and the input it sends: units to dissolve, new
// units (named by a key that moves and other new units refer to) and moves
// from a unit to a successor, existing ("id:…") or new ("key:…").

export type ReorgWhat = 'GOALS' | 'PRODUCTS' | 'MEASURES' | 'OPEN_AGREEMENTS' | 'SUB_UNITS';
export const reorgWhats: ReorgWhat[] = ['GOALS', 'PRODUCTS', 'MEASURES', 'OPEN_AGREEMENTS', 'SUB_UNITS'];
export type UnitKind = 'VERWALTUNGSVORSTAND' | 'DEZERNAT' | 'FACHBEREICH' | 'AMT' | 'ABTEILUNG';

export interface NewUnitDraft {
  key: string;
  code: string;
  name: string;
  kind: UnitKind;
  /** "id:<unit id>", "key:<new unit key>" or "". */
  parent: string;
  leaderId: string;
}

export interface MoveDraft {
  fromId: string;
  /** "id:<unit id>" or "key:<new unit key>". */
  to: string;
  what: ReorgWhat[];
}

export interface ReorgDraft {
  on: string;
  dissolve: string[];
  create: NewUnitDraft[];
  moves: MoveDraft[];
}

export interface ReorgInput {
  on: string;
  dissolve: string[];
  create: { key: string; code: string; name: string; kind: UnitKind; parentId?: string; parentKey?: string; leaderId?: string }[];
  moves: { fromId: string; toId?: string; toKey?: string; what: ReorgWhat[] }[];
  dryRun: boolean;
}

export const emptyDraft = (on: string): ReorgDraft => ({ on, dissolve: [], create: [], moves: [] });

let seq = 0;
/** A key for a new unit, unique in the form. */
export function newKey(): string {
  seq += 1;
  return `neu-${seq}`;
}

function target(ref: string): { id?: string; key?: string } {
  if (ref.startsWith('id:')) return { id: ref.slice(3) };
  if (ref.startsWith('key:')) return { key: ref.slice(4) };
  return {};
}

/** What the form lacks before it can be sent; keys are field paths as the server names them. */
export function draftProblems(d: ReorgDraft): Record<string, string> {
  const p: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.on)) p['on'] = 'reorg.needDay';
  if (d.dissolve.length === 0 && d.create.length === 0 && d.moves.length === 0) p[''] = 'reorg.needSomething';
  d.create.forEach((u, i) => {
    if (!u.code.trim()) p[`create.${i}.code`] = 'reorg.needCode';
    if (!u.name.trim()) p[`create.${i}.name`] = 'reorg.needName';
  });
  d.moves.forEach((m, i) => {
    if (!m.fromId) p[`moves.${i}.fromId`] = 'reorg.needFrom';
    if (!target(m.to).id && !target(m.to).key) p[`moves.${i}.to`] = 'reorg.needTo';
    if (m.what.length === 0) p[`moves.${i}.what`] = 'reorg.needWhat';
  });
  return p;
}

/** The mutation input; the same draft gives the same input for the dry run and for applying. */
export function reorgInput(d: ReorgDraft, dryRun: boolean): ReorgInput {
  const keys = new Set(d.create.map((u) => u.key));
  return {
    on: d.on,
    dissolve: [...new Set(d.dissolve)],
    create: d.create.map((u) => {
      const t = target(u.parent);
      return {
        key: u.key,
        code: u.code.trim(),
        name: u.name.trim(),
        kind: u.kind,
        ...(t.id ? { parentId: t.id } : {}),
        ...(t.key && keys.has(t.key) ? { parentKey: t.key } : {}),
        ...(u.leaderId ? { leaderId: u.leaderId } : {}),
      };
    }),
    moves: d.moves.map((m) => {
      const t = target(m.to);
      return { fromId: m.fromId, ...(t.id ? { toId: t.id } : {}), ...(t.key ? { toKey: t.key } : {}), what: reorgWhats.filter((w) => m.what.includes(w)) };
    }),
    dryRun,
  };
}

/** Removing a new unit also removes what pointed at it. */
export function removeNewUnit(d: ReorgDraft, key: string): ReorgDraft {
  return {
    ...d,
    create: d.create.filter((u) => u.key !== key).map((u) => (u.parent === `key:${key}` ? { ...u, parent: '' } : u)),
    moves: d.moves.map((m) => (m.to === `key:${key}` ? { ...m, to: '' } : m)),
  };
}

/** A stable string of the input without dryRun: applying is allowed only for the plan that was shown. */
export function planKey(d: ReorgDraft): string {
  const { dryRun: _, ...rest } = reorgInput(d, true);
  return JSON.stringify(rest);
}
