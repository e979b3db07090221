import type { CombinedError } from '@urql/core';
import { useI18n } from '../lib/i18n';
import { classify, errorMessage, viewError, type AppError } from '../lib/errors';
import { Link, loginHref, paths } from '../lib/router';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="zw-loading" role="status" aria-live="polite">
      <span className="kern-loader kern-loader--visible" aria-hidden="true" />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="zw-empty kern-body kern-body--muted">{children}</p>;
}

export function Alert({
  kind,
  title,
  children,
  live = false,
}: {
  kind: 'info' | 'success' | 'warning' | 'danger';
  title: string;
  children?: React.ReactNode;
  live?: boolean;
}) {
  const icon = kind === 'danger' ? 'danger' : kind;
  return (
    <div className={`kern-alert kern-alert--${kind}`} role={live ? (kind === 'danger' ? 'alert' : 'status') : undefined}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" />
        <span className="kern-title">{title}</span>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}

/** Whether the error is an id in the address that cannot be one (typed or cut off): trying again does not help. */
export function isBadAddress(error: AppError): boolean {
  return error.key === 'id.malformed';
}

/**
 * The state for an error that replaces a view: sign-in, an address that
 * holds no valid id, not found / no permission, conflict, failure. back
 * names the list the view belongs to.
 */
export function ErrorState({ error, retry, back }: { error: AppError; retry?: () => void; back?: { href: string; label: string } }) {
  const { t, lang } = useI18n();
  if (isBadAddress(error)) {
    return (
      <Alert kind="warning" title={t('error.badAddressTitle')} live>
        <p className="kern-body" data-testid="bad-address">{t('error.badAddressText')}</p>
        <p className="kern-body">
          <Link className="kern-link" href={back?.href ?? paths.start()}>
            {back?.label ?? t('error.toStart')}
          </Link>
        </p>
      </Alert>
    );
  }
  if (error.code === 'UNAUTHENTICATED') {
    const here = window.location.pathname + window.location.search;
    return (
      <Alert kind="info" title={t('signin.title')} live>
        <p className="kern-body">{errorMessage(error, lang)}</p>
        <a className="kern-btn kern-btn--primary" href={loginHref(here)}>
          <span className="kern-label">{t('signin.button')}</span>
        </a>
      </Alert>
    );
  }
  if (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN') {
    return (
      <Alert kind="warning" title={t('error.notFoundTitle')} live>
        <p className="kern-body">{t('error.notFoundText')}</p>
        <p className="kern-body">
          <Link className="kern-link" href={paths.start()}>
            {t('error.toStart')}
          </Link>
        </p>
      </Alert>
    );
  }
  return (
    <Alert kind="danger" title={error.code === 'CONFLICT' ? t('error.conflictTitle') : t('error.title')} live>
      <p className="kern-body">{errorMessage(error, lang)}</p>
      {retry ? (
        <button type="button" className="kern-btn kern-btn--secondary" onClick={retry}>
          <span className="kern-label">{error.code === 'CONFLICT' ? t('app.reload') : t('app.retry')}</span>
        </button>
      ) : null}
    </Alert>
  );
}

/**
 * Renders loading, error or content for a query result. Field-level
 * FORBIDDEN errors with data are not failures: the view shows what it may.
 */
export function QueryState<T>({
  fetching,
  error,
  data,
  retry,
  children,
}: {
  fetching: boolean;
  error?: CombinedError;
  data?: T | undefined | null;
  retry?: () => void;
  children: (data: T) => React.ReactNode;
}) {
  const e = viewError(error, data !== undefined && data !== null);
  if (e) return <ErrorState error={e} retry={retry} />;
  if (data === undefined || data === null) {
    if (fetching) return <Loading />;
    const c = classify(error);
    if (c) return <ErrorState error={c} retry={retry} />;
    return <Loading />;
  }
  return <>{children(data)}</>;
}

/** The error state of a query that returned no data. */
export function QueryError({ error, retry }: { error: CombinedError; retry?: () => void }) {
  const c = classify(error);
  return c ? <ErrorState error={c} retry={retry} /> : null;
}
