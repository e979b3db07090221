import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { CombinedError } from '@urql/core';
import { GoalsDoc, OrgUnitsDoc, StrategicGoalsDoc } from '../../adminDocs';
import type { AdminGoalsQuery, AdminOrgUnitsQuery, AdminStrategicGoalsQuery } from '../../gql/graphql';
import { fetchAll } from '../../lib/fetchAll';

export type AGoal = AdminGoalsQuery['goals']['nodes'][number];
export type AUnit = AdminOrgUnitsQuery['orgUnits']['nodes'][number];
export type ASg = AdminStrategicGoalsQuery['strategicGoals'][number];

export interface CascadeData {
  sgs: ASg[];
  goals: AGoal[];
  units: AUnit[];
}

/** Strategic goals, every goal of the year and every unit existing today. */
export function useCascadeData(year: number) {
  const client = useClient();
  const [state, setState] = useState<{ data: CascadeData | null; error: CombinedError | null; fetching: boolean }>({ data: null, error: null, fetching: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, fetching: true }));
    void (async () => {
      const [sg, goals, units] = await Promise.all([
        client.query(StrategicGoalsDoc, {}, { requestPolicy: 'network-only' }).toPromise(),
        fetchAll(client, GoalsDoc, { year }, (d) => d.goals),
        fetchAll(client, OrgUnitsDoc, {}, (d) => d.orgUnits),
      ]);
      if (!live) return;
      const error = sg.error ?? goals.error ?? units.error ?? null;
      if (!sg.data || error) setState({ data: null, error, fetching: false });
      else setState({ data: { sgs: sg.data.strategicGoals, goals: goals.nodes, units: units.nodes }, error: null, fetching: false });
    })();
    return () => {
      live = false;
    };
  }, [client, year, tick]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}
