// A small history-API router: the server answers index.html for any path
// that is not a file, so every route survives a reload.
import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

export type RouteName =
  | 'start'
  | 'strategy'
  | 'agreements'
  | 'agreement'
  | 'agreementEdit'
  | 'agreementNew'
  | 'kpis'
  | 'kpi'
  | 'budget'
  | 'import'
  | 'payResults'
  | 'payScheme'
  | 'paySimulation'
  | 'payObjections'
  | 'payExport'
  | 'payFairness'
  | 'admin'
  | 'adminOrg'
  | 'adminPeople'
  | 'adminStrategic'
  | 'adminCascade'
  | 'adminKpis'
  | 'adminProducts'
  | 'adminMeasures'
  | 'adminYears'
  | 'adminImport'
  | 'adminRoles'
  | 'adminOutbox'
  | 'adminDeputies'
  | 'adminTransfers'
  | 'notFound';

export interface Route {
  name: RouteName;
  params: Record<string, string>;
  query: URLSearchParams;
}

const patterns: [RouteName, RegExp, string[]][] = [
  ['start', /^\/$/, []],
  ['strategy', /^\/strategie\/?$/, []],
  ['agreements', /^\/vereinbarungen\/?$/, []],
  ['agreementNew', /^\/vereinbarungen\/neu\/?$/, []],
  ['agreementEdit', /^\/vereinbarungen\/([^/]+)\/bearbeiten\/?$/, ['id']],
  ['agreement', /^\/vereinbarungen\/([^/]+)\/?$/, ['id']],
  ['kpis', /^\/kennzahlen\/?$/, []],
  ['kpi', /^\/kennzahlen\/([^/]+)\/?$/, ['id']],
  ['budget', /^\/haushalt\/?$/, []],
  ['import', /^\/import\/?$/, []],
  ['payResults', /^\/leistungsentgelt\/?$/, []],
  ['payScheme', /^\/leistungsentgelt\/entgeltschema\/?$/, []],
  ['paySimulation', /^\/leistungsentgelt\/ausschuettung\/?$/, []],
  ['payObjections', /^\/leistungsentgelt\/einsprueche\/?$/, []],
  ['payExport', /^\/leistungsentgelt\/uebergabe\/?$/, []],
  ['payFairness', /^\/leistungsentgelt\/statistik\/?$/, []],
  ['admin', /^\/verwaltung\/?$/, []],
  ['adminOrg', /^\/verwaltung\/organisation\/?$/, []],
  ['adminPeople', /^\/verwaltung\/personen\/?$/, []],
  ['adminStrategic', /^\/verwaltung\/strategische-ziele\/?$/, []],
  ['adminCascade', /^\/verwaltung\/zielkaskade\/?$/, []],
  ['adminKpis', /^\/verwaltung\/kennzahlen\/?$/, []],
  ['adminProducts', /^\/verwaltung\/produkte\/?$/, []],
  ['adminMeasures', /^\/verwaltung\/hsp-massnahmen\/?$/, []],
  ['adminYears', /^\/verwaltung\/haushaltsjahre\/?$/, []],
  ['adminImport', /^\/verwaltung\/importe\/?$/, []],
  ['adminRoles', /^\/verwaltung\/rollenzuordnung\/?$/, []],
  ['adminOutbox', /^\/verwaltung\/postausgang\/?$/, []],
  ['adminDeputies', /^\/verwaltung\/vertretungen\/?$/, []],
  ['adminTransfers', /^\/verwaltung\/uebergaben\/?$/, []],
];

export function matchRoute(pathname: string, search = ''): Route {
  const query = new URLSearchParams(search);
  for (const [name, re, keys] of patterns) {
    const m = re.exec(pathname);
    if (m) {
      const params: Record<string, string> = {};
      keys.forEach((k, i) => {
        try {
          params[k] = decodeURIComponent(m[i + 1]);
        } catch {
          params[k] = m[i + 1];
        }
      });
      return { name, params, query };
    }
  }
  return { name: 'notFound', params: {}, query };
}

export const paths = {
  start: () => '/',
  strategy: () => '/strategie',
  agreements: () => '/vereinbarungen',
  agreement: (id: string) => `/vereinbarungen/${encodeURIComponent(id)}`,
  agreementEdit: (id: string) => `/vereinbarungen/${encodeURIComponent(id)}/bearbeiten`,
  agreementNew: () => '/vereinbarungen/neu',
  kpis: () => '/kennzahlen',
  kpi: (id: string) => `/kennzahlen/${encodeURIComponent(id)}`,
  budget: () => '/haushalt',
  import: () => '/import',
  payResults: () => '/leistungsentgelt',
  payScheme: () => '/leistungsentgelt/entgeltschema',
  paySimulation: () => '/leistungsentgelt/ausschuettung',
  payObjections: () => '/leistungsentgelt/einsprueche',
  payExport: () => '/leistungsentgelt/uebergabe',
  payFairness: () => '/leistungsentgelt/statistik',
  admin: () => '/verwaltung',
  adminOrg: () => '/verwaltung/organisation',
  adminPeople: () => '/verwaltung/personen',
  adminStrategic: () => '/verwaltung/strategische-ziele',
  adminCascade: () => '/verwaltung/zielkaskade',
  adminKpis: () => '/verwaltung/kennzahlen',
  adminProducts: () => '/verwaltung/produkte',
  adminMeasures: () => '/verwaltung/hsp-massnahmen',
  adminYears: () => '/verwaltung/haushaltsjahre',
  adminImport: () => '/verwaltung/importe',
  adminRoles: () => '/verwaltung/rollenzuordnung',
  adminOutbox: () => '/verwaltung/postausgang',
  adminDeputies: () => '/verwaltung/vertretungen',
  adminTransfers: () => '/verwaltung/uebergaben',
};

const listeners = new Set<() => void>();

export function navigate(to: string, opts: { replace?: boolean } = {}) {
  if (to === window.location.pathname + window.location.search) return;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  listeners.forEach((l) => l());
}

export function useLocation(): { pathname: string; search: string } {
  const [loc, setLoc] = useState(() => ({ pathname: window.location.pathname, search: window.location.search }));
  useEffect(() => {
    const update = () => setLoc({ pathname: window.location.pathname, search: window.location.search });
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return loc;
}

/** True for a plain left click that the router may handle in place. */
export function isPlainClick(e: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'defaultPrevented'>) {
  return !e.defaultPrevented && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a
      href={href}
      onClick={(e) => {
        onClick?.(e);
        if (isPlainClick(e) && !rest.target && href.startsWith('/') && !href.startsWith('/api/') && !href.startsWith('/auth/')) {
          e.preventDefault();
          navigate(href);
        }
      }}
      {...rest}
    />
  );
}

/** The sign-in URL that brings the person back to where they were. */
export function loginHref(returnTo: string): string {
  const safe = returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
  return `/auth/login?return=${encodeURIComponent(safe)}`;
}
