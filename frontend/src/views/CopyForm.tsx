import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../lib/i18n';
import { CopyToYearDoc } from '../agreementDocs';
import type { AgreementFieldsFragment as A } from '../gql/graphql';
import { Alert } from '../components/States';
import { Field } from '../components/Field';
import { navigate, paths } from '../lib/router';
import { useSession } from '../session';
import { copyYears, defaultCopyYear } from '../lib/create';
import { errorMessage, type AppError } from '../lib/errors';
import { outcomeOf } from '../lib/mutation';

/** The principal copies the agreement into a draft for another year, then edits it. */
export function CopyForm({ a, onCancel }: { a: A; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const { years } = useSession();
  const options = copyYears(years, a.year);
  const [year, setYear] = useState<number | null>(() => defaultCopyYear(options, a.year));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [, copy] = useMutation(CopyToYearDoc);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async () => {
    if (year === null) {
      setErrors({ year: [t('create.yearRequired')] });
      return;
    }
    setBusy(true);
    const r = await copy({ input: { agreementId: a.id, year } });
    setBusy(false);
    const o = outcomeOf(r, 'agreementCopyToYear', lang);
    const created = r.data?.agreementCopyToYear.agreement;
    if (o.ok && created) {
      navigate(paths.agreementEdit(created.id));
      return;
    }
    setErrors(o.fieldErrors);
    setError(o.error);
    if (o.fieldErrors['year']) setTimeout(() => formRef.current?.querySelector<HTMLElement>('select')?.focus(), 0);
  };

  const other = Object.entries(errors).filter(([f]) => f !== 'year').flatMap(([, m]) => m);
  return (
    <form
      ref={formRef}
      id="copy-form"
      className="zw-form"
      aria-labelledby="copy-h"
      data-testid="copy-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="copy-h" className="kern-heading-small">{t('copy.title')}</h3>
      <p className="kern-body">{t('copy.hint')}</p>
      <div aria-live="polite">
        {error ? (
          <Alert kind="danger" title={error.code === 'FORBIDDEN' ? t('create.forbiddenTitle') : t('create.errorTitle')} live>
            <p className="kern-body">{errorMessage(error, lang)}</p>
          </Alert>
        ) : other.length > 0 ? (
          <Alert kind="danger" title={t('create.errorTitle')} live>
            <p className="kern-body">{other.join(' ')}</p>
          </Alert>
        ) : null}
      </div>
      <Field label={t('copy.year')} hint={t('create.yearHint')} errors={errors['year']}>
        {({ id, describedBy, invalid }) => (
          <div className="kern-form-input__select-wrapper">
            <select
              id={id}
              className={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}`}
              value={year ?? ''}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => {
                setYear(e.target.value === '' ? null : Number(e.target.value));
                setErrors({});
                setError(null);
              }}
            >
              {options.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        )}
      </Field>
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{busy ? t('create.busy') : t('copy.submit')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}>
          <span className="kern-label">{t('app.cancel')}</span>
        </button>
      </div>
    </form>
  );
}
