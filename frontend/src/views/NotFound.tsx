import { useI18n } from '../lib/i18n';
import { Link, paths } from '../lib/router';

export default function NotFound() {
  const { t } = useI18n();
  return (
    <section>
      <h1 className="kern-heading-large">{t('error.pageNotFound')}</h1>
      <p className="kern-body">{t('error.notFoundText')}</p>
      <p>
        <Link className="kern-link" href={paths.start()}>
          {t('error.toStart')}
        </Link>
      </p>
    </section>
  );
}
