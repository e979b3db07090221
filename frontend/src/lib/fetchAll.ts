// Fetches every page of a connection (first: 100 each) through urql.
import type { Client, TypedDocumentNode } from '@urql/core';
import type { CombinedError } from '@urql/core';

interface Page<N> {
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export async function fetchAll<D, V extends { first?: number | null; after?: string | null }, N>(
  client: Client,
  doc: TypedDocumentNode<D, V>,
  vars: Omit<V, 'first' | 'after'>,
  pick: (d: D) => Page<N>,
  limit = 50,
): Promise<{ nodes: N[]; data: D | null; error: CombinedError | null }> {
  const nodes: N[] = [];
  let after: string | null = null;
  let first: D | null = null;
  for (let i = 0; i < limit; i++) {
    const r = await client.query(doc, { ...vars, first: 100, after } as V, { requestPolicy: 'network-only' }).toPromise();
    if (!r.data) return { nodes, data: first, error: r.error ?? null };
    first ??= r.data;
    const p = pick(r.data);
    nodes.push(...p.nodes);
    if (!p.pageInfo.hasNextPage || !p.pageInfo.endCursor) break;
    after = p.pageInfo.endCursor;
  }
  return { nodes, data: first, error: null };
}
