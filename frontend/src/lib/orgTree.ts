// The org tree of a day from the flat list of units existing on it.

export interface UnitRow {
  id: string;
  name: string;
  code: string;
  parent: { id: string } | null;
}

export interface UnitNode<U extends UnitRow> {
  unit: U;
  children: UnitNode<U>[];
}

/** Units whose parent is not in the list are roots (in rootOrder first, as orgTree gives them). */
export function buildOrgTree<U extends UnitRow>(units: readonly U[], rootOrder: readonly string[] = []): UnitNode<U>[] {
  const nodes = new Map<string, UnitNode<U>>(units.map((u) => [u.id, { unit: u, children: [] }]));
  const roots: UnitNode<U>[] = [];
  for (const n of nodes.values()) {
    const p = n.unit.parent ? nodes.get(n.unit.parent.id) : undefined;
    if (p && p !== n) p.children.push(n);
    else roots.push(n);
  }
  const cmp = (a: UnitNode<U>, b: UnitNode<U>) => a.unit.code.localeCompare(b.unit.code, 'de', { numeric: true }) || a.unit.name.localeCompare(b.unit.name, 'de');
  const sortDeep = (l: UnitNode<U>[]) => {
    l.sort(cmp);
    l.forEach((c) => sortDeep(c.children));
  };
  sortDeep(roots);
  const rank = (id: string) => {
    const i = rootOrder.indexOf(id);
    return i < 0 ? rootOrder.length : i;
  };
  return roots.sort((a, b) => rank(a.unit.id) - rank(b.unit.id));
}

/** Units in tree order with their depth, for a select that shows the hierarchy. */
export function flattenTree<U extends UnitRow>(roots: readonly UnitNode<U>[], depth = 0): { unit: U; depth: number }[] {
  return roots.flatMap((n) => [{ unit: n.unit, depth }, ...flattenTree(n.children, depth + 1)]);
}
