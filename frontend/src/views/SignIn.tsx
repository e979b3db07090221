import { useI18n } from '../lib/i18n';
import { loginHref } from '../lib/router';
import { Alert } from '../components/States';

export function SignIn({ notRegistered = false }: { notRegistered?: boolean }) {
  const { t } = useI18n();
  const here = window.location.pathname + window.location.search;
  return (
    <section className="zw-signin kern-card" aria-labelledby="signin-title">
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h1 id="signin-title" className="kern-heading-large" tabIndex={-1}>
            {t('signin.title')}
          </h1>
        </header>
        <div className="kern-card__body">
          {notRegistered ? <Alert kind="warning" title={t('signin.notRegistered')} live /> : null}
          <p className="kern-body">{t('signin.text')}</p>
        </div>
        <footer className="kern-card__footer">
          <a className="kern-btn kern-btn--primary" href={loginHref(here)} data-testid="signin">
            <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
            <span className="kern-label">{t('signin.button')}</span>
          </a>
        </footer>
      </div>
    </section>
  );
}
