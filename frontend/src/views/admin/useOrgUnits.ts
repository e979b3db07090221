import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { CombinedError } from '@urql/core';
import { OrgUnitsDoc } from '../../adminDocs';
import { fetchAll } from '../../lib/fetchAll';
import type { AUnit } from './useCascadeData';

/** Every unit existing on asOf, and the order of the roots as orgTree gives them. */
export function useOrgUnits(asOf: string) {
  const client = useClient();
  const [state, setState] = useState<{ units: AUnit[] | null; roots: string[]; error: CombinedError | null; fetching: boolean }>({ units: null, roots: [], error: null, fetching: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, fetching: true }));
    void fetchAll(client, OrgUnitsDoc, { asOf: asOf || null }, (d) => d.orgUnits).then((r) => {
      if (!live) return;
      setState({ units: r.error ? null : r.nodes, roots: r.data?.orgTree.map((u) => u.id) ?? [], error: r.error, fetching: false });
    });
    return () => {
      live = false;
    };
  }, [client, asOf, tick]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}

/** The people the app knows of without a people list: the leaders of the units. */
export function knownPeople(units: readonly AUnit[]): { id: string; name: string }[] {
  const m = new Map<string, string>();
  for (const u of units) if (u.leader) m.set(u.leader.id, u.leader.name);
  return [...m].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
