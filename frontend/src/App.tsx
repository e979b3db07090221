import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Provider, useQuery } from 'urql';
import { createClient } from './lib/client';
import { I18nProvider, useI18n } from './lib/i18n';
import { matchRoute, useLocation, type Route } from './lib/router';
import { classify, viewError } from './lib/errors';
import { MeQueryDoc } from './queries';
import { SessionContext, defaultYear, type Session } from './session';
import { Header } from './components/Header';
import { SignIn } from './views/SignIn';
import { ErrorState, Loading } from './components/States';
import type { MessageKey } from './lib/messages';

const StartPage = lazy(() => import('./views/StartPage'));
const StrategyMap = lazy(() => import('./views/StrategyMap'));
const AgreementList = lazy(() => import('./views/AgreementList'));
const AgreementView = lazy(() => import('./views/AgreementView'));
const AgreementEditor = lazy(() => import('./views/AgreementEditor'));
const AgreementCreate = lazy(() => import('./views/AgreementCreate'));
const PayResults = lazy(() => import('./views/PayResults'));
const PaySchemePage = lazy(() => import('./views/pay/PaySchemePage'));
const PaySimulationPage = lazy(() => import('./views/pay/PaySimulationPage'));
const PayObjectionsPage = lazy(() => import('./views/pay/PayObjectionsPage'));
const PayExportPage = lazy(() => import('./views/pay/PayExportPage'));
const PayFairnessPage = lazy(() => import('./views/pay/PayFairnessPage'));
const KpiList = lazy(() => import('./views/KpiList'));
const KpiView = lazy(() => import('./views/KpiView'));
const BudgetView = lazy(() => import('./views/BudgetView'));
const ImportView = lazy(() => import('./views/ImportView'));
const NotFound = lazy(() => import('./views/NotFound'));
const AdminHome = lazy(() => import('./views/admin/AdminHome'));
const OrgAdmin = lazy(() => import('./views/admin/OrgAdmin'));
const PeopleAdmin = lazy(() => import('./views/admin/PeopleAdmin'));
const RoleMappingAdmin = lazy(() => import('./views/admin/RoleMappingAdmin'));
const OutboxAdmin = lazy(() => import('./views/admin/OutboxAdmin'));
const DeputiesAdmin = lazy(() => import('./views/admin/DeputiesAdmin'));
const TransfersAdmin = lazy(() => import('./views/admin/TransfersAdmin'));
const StrategicGoalsAdmin = lazy(() => import('./views/admin/StrategicGoalsAdmin'));
const CascadeEditor = lazy(() => import('./views/admin/CascadeEditor'));
const KpiCatalogue = lazy(() => import('./views/admin/KpiCatalogue'));
const ProductsAdmin = lazy(() => import('./views/admin/ProductsAdmin'));
const AdminImport = lazy(() => import('./views/admin/AdminImport'));
const MeasuresAdmin = lazy(() => import('./views/admin/MeasuresAdmin'));
const FiscalYearsAdmin = lazy(() => import('./views/admin/FiscalYearsAdmin'));

const titles: Record<Route['name'], MessageKey> = {
  start: 'nav.start',
  strategy: 'nav.strategy',
  agreements: 'nav.agreements',
  agreement: 'nav.agreements',
  agreementEdit: 'editor.title',
  agreementNew: 'create.title',
  kpis: 'nav.kpis',
  kpi: 'nav.kpis',
  budget: 'nav.budget',
  import: 'nav.import',
  payResults: 'nav.payResults',
  payScheme: 'pay.page.scheme',
  paySimulation: 'pay.page.simulation',
  payObjections: 'pay.page.objections',
  payExport: 'pay.page.export',
  payFairness: 'pay.page.fairness',
  admin: 'nav.admin',
  adminOrg: 'admin.org',
  adminPeople: 'admin.people',
  adminStrategic: 'admin.strategic',
  adminCascade: 'admin.cascade',
  adminKpis: 'admin.kpis',
  adminProducts: 'admin.products',
  adminMeasures: 'admin.measures',
  adminYears: 'admin.years',
  adminImport: 'admin.import',
  adminRoles: 'admin.roles',
  adminOutbox: 'admin.outbox',
  adminDeputies: 'admin.deputies',
  adminTransfers: 'admin.transfers',
  notFound: 'error.pageNotFound',
};

function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
      return <StartPage />;
    case 'strategy':
      return <StrategyMap />;
    case 'agreements':
      return <AgreementList />;
    case 'agreement':
      return <AgreementView id={route.params.id} />;
    case 'agreementEdit':
      return <AgreementEditor id={route.params.id} />;
    case 'agreementNew':
      return <AgreementCreate />;
    case 'kpis':
      return <KpiList />;
    case 'kpi':
      return <KpiView id={route.params.id} />;
    case 'budget':
      return <BudgetView />;
    case 'import':
      return <ImportView />;
    case 'payResults':
      return <PayResults />;
    case 'payScheme':
      return <PaySchemePage />;
    case 'paySimulation':
      return <PaySimulationPage />;
    case 'payObjections':
      return <PayObjectionsPage />;
    case 'payExport':
      return <PayExportPage />;
    case 'payFairness':
      return <PayFairnessPage />;
    case 'admin':
      return <AdminHome />;
    case 'adminOrg':
      return <OrgAdmin />;
    case 'adminPeople':
      return <PeopleAdmin />;
    case 'adminRoles':
      return <RoleMappingAdmin />;
    case 'adminOutbox':
      return <OutboxAdmin />;
    case 'adminDeputies':
      return <DeputiesAdmin />;
    case 'adminTransfers':
      return <TransfersAdmin />;
    case 'adminStrategic':
      return <StrategicGoalsAdmin />;
    case 'adminCascade':
      return <CascadeEditor />;
    case 'adminKpis':
      return <KpiCatalogue />;
    case 'adminProducts':
      return <ProductsAdmin />;
    case 'adminImport':
      return <AdminImport />;
    case 'adminMeasures':
      return <MeasuresAdmin />;
    case 'adminYears':
      return <FiscalYearsAdmin />;
    default:
      return <NotFound />;
  }
}

function Shell() {
  const { t } = useI18n();
  const loc = useLocation();
  const route = useMemo(() => matchRoute(loc.pathname, loc.search), [loc.pathname, loc.search]);
  const [res, reexecute] = useQuery({ query: MeQueryDoc, requestPolicy: 'cache-and-network' });
  const [year, setYear] = useState<number | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    document.title = `${t(titles[route.name])} – Zielwerk`;
  }, [route.name, t]);

  // After a client-side navigation, move focus to the new page's content so
  // screen readers and keyboard users start there (not on the first render).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [loc.pathname]);

  const data = res.data;
  const err = viewError(res.error, !!data);
  const session = useMemo<Session | null>(() => {
    if (!data) return null;
    const years = [...data.fiscalYears].sort((a, b) => a - b);
    return { me: data.me, years, year: year ?? defaultYear(years), setYear };
  }, [data, year]);

  let body: React.ReactNode;
  if (err?.code === 'UNAUTHENTICATED' || (!data && classify(res.error)?.code === 'UNAUTHENTICATED')) {
    body = <SignIn notRegistered={err?.key === 'auth.notRegistered'} />;
  } else if (err && !data) {
    body = <ErrorState error={err} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  } else if (!session) {
    body = <Loading />;
  } else {
    body = (
      <Suspense fallback={<Loading />}>
        <RouteView route={route} />
      </Suspense>
    );
  }

  return (
    <SessionContext.Provider value={session}>
      <a className="zw-skip" href="#main">
        {t('app.skip')}
      </a>
      <Header me={session?.me ?? null} route={route.name} />
      <main id="main" ref={mainRef} tabIndex={-1} className="kern-container zw-main">
        {body}
      </main>
      <footer className="zw-footer kern-container">
        <p className="kern-body kern-body--small">{t('app.footer')}</p>
      </footer>
    </SessionContext.Provider>
  );
}

export function App() {
  const client = useMemo(() => createClient(), []);
  return (
    <I18nProvider>
      <Provider value={client}>
        <Shell />
      </Provider>
    </I18nProvider>
  );
}
