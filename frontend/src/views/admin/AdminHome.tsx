import { useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { adminPages } from '../../lib/adminAccess';
import { useSession } from '../../session';
import { AdminLayout, adminHref } from '../../components/AdminLayout';

export default function AdminHome() {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <AdminLayout page={null}>
      <h1 className="kern-heading-large">{t('admin.title')}</h1>
      <p className="kern-body">{t('admin.intro')}</p>
      <ul className="zw-admin-cards" data-testid="admin-pages">
        {adminPages(me).map((p) => (
          <li key={p}>
            <h2 className="kern-heading-small">
              <Link className="kern-link" href={adminHref[p]}>
                {t(`admin.${p}`)}
              </Link>
            </h2>
            <p className="kern-body">{t(`admin.${p}.desc`)}</p>
          </li>
        ))}
      </ul>
    </AdminLayout>
  );
}
