import { createContext, useContext } from 'react';
import type { MeQuery } from './gql/graphql';

export type Me = MeQuery['me'];

export interface Session {
  me: Me;
  years: number[];
  year: number;
  setYear: (y: number) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in app');
  return s;
}

/** The year views start with: this year if Zielwerk holds it, else the nearest it holds. */
export function defaultYear(years: readonly number[], now = new Date()): number {
  const y = now.getFullYear();
  if (years.length === 0 || years.includes(y)) return y;
  return years.reduce((best, c) => (Math.abs(c - y) < Math.abs(best - y) ? c : best), years[0]);
}
