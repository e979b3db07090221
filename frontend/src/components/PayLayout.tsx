import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n';
import { Link, paths } from '../lib/router';
import { useSession } from '../session';
import { Alert } from './States';
import { YearSelect } from './YearSelect';

export type PayPage = 'results' | 'scheme' | 'simulation' | 'objections' | 'export' | 'fairness';

export const payPages: PayPage[] = ['results', 'scheme', 'simulation', 'objections', 'export', 'fairness'];

export const payHref: Record<PayPage, string> = {
  results: paths.payResults(),
  scheme: paths.payScheme(),
  simulation: paths.paySimulation(),
  objections: paths.payObjections(),
  export: paths.payExport(),
  fairness: paths.payFairness(),
};

/** A page of HR's performance pay area: its sub-navigation, the title with the year, then the page. */
export function PayLayout({ page, title, children }: { page: PayPage; title: string; children: ReactNode }) {
  const { t } = useI18n();
  const { me, years, year, setYear } = useSession();
  if (!me.viewerCanSeePayResults) {
    return (
      <Alert kind="warning" title={t('pay.noPermission')} live>
        <p className="kern-body">
          <Link className="kern-link" href={paths.start()}>
            {t('error.toStart')}
          </Link>
        </p>
      </Alert>
    );
  }
  return (
    <div data-testid={`pay-${page}`}>
      <PaySubNav page={page} />
      <div className="zw-pagehead">
        <h1 className="kern-heading-large">{title}</h1>
        <YearSelect years={years} value={year} onChange={setYear} />
      </div>
      {children}
    </div>
  );
}

/** The sub-navigation of the performance pay area (also above HR's start page). */
export function PaySubNav({ page }: { page: PayPage | null }) {
  const { t } = useI18n();
  return (
    <nav className="zw-subnav zw-noprint" aria-label={t('pay.subNav')} data-testid="pay-subnav">
      <ul className="zw-subnav__list">
        {payPages.map((p) => (
          <li key={p}>
            <Link href={payHref[p]} className="zw-subnav__link" aria-current={page === p ? 'page' : undefined}>
              {t(`pay.page.${p}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
