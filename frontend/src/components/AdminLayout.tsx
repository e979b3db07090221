import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n';
import { Link, paths } from '../lib/router';
import { adminPages, type AdminPage } from '../lib/adminAccess';
import { useSession } from '../session';
import { Alert } from './States';

export const adminHref: Record<AdminPage, string> = {
  org: paths.adminOrg(),
  people: paths.adminPeople(),
  strategic: paths.adminStrategic(),
  cascade: paths.adminCascade(),
  kpis: paths.adminKpis(),
  products: paths.adminProducts(),
  measures: paths.adminMeasures(),
  years: paths.adminYears(),
  import: paths.adminImport(),
  roles: paths.adminRoles(),
  deputies: paths.adminDeputies(),
  transfers: paths.adminTransfers(),
  outbox: paths.adminOutbox(),
};

/** An administration page: the area's sub-navigation, then the page if the viewer may use it. */
export function AdminLayout({ page, children }: { page: AdminPage | null; children: ReactNode }) {
  const { t } = useI18n();
  const { me } = useSession();
  const pages = adminPages(me);
  if (page ? !pages.includes(page) : pages.length === 0) {
    return (
      <Alert kind="warning" title={t('admin.noPermission')} live>
        <p className="kern-body">
          <Link className="kern-link" href={paths.start()}>
            {t('error.toStart')}
          </Link>
        </p>
      </Alert>
    );
  }
  return (
    <>
      <nav className="zw-subnav" aria-label={t('admin.subNav')} data-testid="admin-subnav">
        <ul className="zw-subnav__list">
          <li>
            <Link href={paths.admin()} className="zw-subnav__link" aria-current={page === null ? 'page' : undefined}>
              {t('admin.title')}
            </Link>
          </li>
          {pages.map((p) => (
            <li key={p}>
              <Link href={adminHref[p]} className="zw-subnav__link" aria-current={page === p ? 'page' : undefined}>
                {t(`admin.${p}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </>
  );
}
