import { useI18n } from '../lib/i18n';
import { errorMessage, type AppError } from '../lib/errors';
import { Alert } from './States';

/**
 * The alert above a form: an error of the whole request, or the userErrors
 * that name no field of the form (known lists the fields that show their own).
 */
export function FormAlert({ error, fieldErrors, known }: { error: AppError | null; fieldErrors: Record<string, string[]>; known: readonly string[] }) {
  const { t, lang } = useI18n();
  const other = Object.entries(fieldErrors)
    .filter(([f]) => !known.includes(f))
    .flatMap(([, m]) => m);
  const shown = Object.keys(fieldErrors).some((f) => known.includes(f));
  return (
    <div aria-live="polite">
      {error ? (
        <Alert kind="danger" title={t('admin.failedTitle')} live>
          <p className="kern-body">{errorMessage(error, lang)}</p>
        </Alert>
      ) : other.length > 0 || shown ? (
        <Alert kind="danger" title={t('admin.errorTitle')} live>
          {other.length > 0 ? <p className="kern-body">{other.join(' ')}</p> : null}
        </Alert>
      ) : null}
    </div>
  );
}

/** After a failed submit: focus the first invalid control of the form (or the form's alert). */
export function focusFirstInvalid(form: HTMLElement | null) {
  setTimeout(() => {
    const el = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('.kern-alert');
    if (el) {
      if (!el.hasAttribute('tabindex') && el.classList.contains('kern-alert')) el.setAttribute('tabindex', '-1');
      el.focus();
    }
  }, 0);
}
