// Expansion state of the strategy map. Children are fetched when a node is
// first expanded (the server's complexity limit forbids the whole cascade in
// one request), so a node is collapsed, loading, expanded or failed.

export type NodeState = 'collapsed' | 'loading' | 'expanded' | 'error';

export interface TreeState {
  nodes: Record<string, NodeState>;
  /** Nodes whose children were fetched once; re-expanding needs no request. */
  loaded: Record<string, true>;
}

export type TreeAction =
  | { type: 'toggle'; id: string }
  | { type: 'loaded'; id: string }
  | { type: 'failed'; id: string }
  | { type: 'collapseAll' };

export const emptyTree: TreeState = { nodes: {}, loaded: {} };

export function treeReducer(s: TreeState, a: TreeAction): TreeState {
  switch (a.type) {
    case 'toggle': {
      const cur = s.nodes[a.id] ?? 'collapsed';
      if (cur !== 'collapsed') return { ...s, nodes: { ...s.nodes, [a.id]: 'collapsed' } };
      const next: NodeState = s.loaded[a.id] ? 'expanded' : 'loading';
      return { ...s, nodes: { ...s.nodes, [a.id]: next } };
    }
    case 'loaded':
      if (s.nodes[a.id] !== 'loading') return { ...s, loaded: { ...s.loaded, [a.id]: true } };
      return { nodes: { ...s.nodes, [a.id]: 'expanded' }, loaded: { ...s.loaded, [a.id]: true } };
    case 'failed':
      return { ...s, nodes: { ...s.nodes, [a.id]: 'error' } };
    case 'collapseAll':
      return { ...s, nodes: {} };
  }
}

export function isOpen(s: TreeState, id: string): boolean {
  const n = s.nodes[id];
  return n === 'expanded' || n === 'loading' || n === 'error';
}

/** The cost the server charges for a connection: first × (child cost). */
export function connectionCost(first: number, childCost: number): number {
  return first * childCost;
}
