import { useId, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { Link, navigate, paths } from '../lib/router';
import { errorMessage, type AppError } from '../lib/errors';
import { outcomeOf } from '../lib/mutation';
import { agreementYears, createFieldErrors, creatableUnits, defaultNewYear, type CreateField } from '../lib/create';
import type { PayRule } from '../lib/payResults';
import { Alert, Empty, QueryState } from '../components/States';
import { Field } from '../components/Field';
import type { AgreementCreateOptionsQuery } from '../gql/graphql';

export const CreateOptionsDoc = graphql(`
  query AgreementCreateOptions {
    me {
      person {
        id
      }
      ledUnits {
        id
        name
        children {
          id
          code
          name
          kind
          leader {
            id
            name
            position
          }
        }
      }
    }
  }
`);

export const PrincipalAgreementsDoc = graphql(`
  query PrincipalAgreementsOfYear($year: Int!) {
    agreements(year: $year, role: PRINCIPAL, first: 100) {
      nodes {
        id
        orgUnit {
          id
        }
        agent {
          id
        }
      }
    }
  }
`);

export const CreateDoc = graphql(`
  mutation AgreementCreate($input: AgreementCreateInput!) {
    agreementCreate(input: $input) {
      agreement {
        id
        year
        status
      }
      userErrors {
        field
        message
        messageEn
        code
        key
      }
    }
  }
`);

const payRules: PayRule[] = ['TVOED_LOB', 'BEAMTE_LBESG', 'NONE'];

type Errors = Partial<Record<CreateField, string[]>>;

/** A principal starts a draft with the leader of a unit directly below one they lead. */
export default function AgreementCreate() {
  const { t } = useI18n();
  const { me } = useSession();
  const [res, re] = useQuery({ query: CreateOptionsDoc });
  return (
    <div data-testid="agreement-create">
      <h1 className="kern-heading-large">{t('create.title')}</h1>
      {me.ledUnits.length === 0 ? (
        <Alert kind="info" title={t('create.notPrincipal')}>
          <p className="kern-body">
            <Link className="kern-link" href={paths.agreements()}>
              {t('nav.agreements')}
            </Link>
          </p>
        </Alert>
      ) : (
        <>
          <p className="kern-body">{t('create.intro')}</p>
          <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
            {(d) => <CreateForm meId={d.me.person.id} ledUnits={d.me.ledUnits} />}
          </QueryState>
        </>
      )}
    </div>
  );
}

type LedUnits = AgreementCreateOptionsQuery['me']['ledUnits'];

function CreateForm({ meId, ledUnits }: { meId: string; ledUnits: LedUnits }) {
  const { t, lang } = useI18n();
  const { years, year: sessionYear } = useSession();
  const yearOptions = useMemo(() => agreementYears(years), [years]);
  const [year, setYear] = useState<number | null>(() => defaultNewYear(yearOptions, sessionYear));
  const [existingRes] = useQuery({ query: PrincipalAgreementsDoc, variables: { year: year ?? 0 }, pause: year === null });
  const { options, withoutLeader } = useMemo(
    () => creatableUnits(ledUnits, meId, existingRes.data?.agreements.nodes ?? []),
    [ledUnits, meId, existingRes.data],
  );
  const [unitId, setUnitId] = useState<string>(() => (options.length === 1 ? options[0].unit.id : ''));
  const [payRule, setPayRule] = useState<PayRule | ''>('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [, create] = useMutation(CreateDoc);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const uid = useId();
  const unitErrId = `${uid}-unit-error`;
  const payErrId = `${uid}-pay-error`;
  const payHintId = `${uid}-pay-hint`;

  if (options.length === 0) {
    return (
      <>
        <Empty>{t('create.noUnits')}</Empty>
        {withoutLeader.length > 0 ? <p className="kern-body">{t('create.withoutLeader', { units: withoutLeader.map((u) => u.name).join(', ') })}</p> : null}
      </>
    );
  }

  /** Moves focus to the first field with an error (or the form's alert) so keyboard and screen reader users land on it. */
  const focusFirst = (e: Errors, hasFormError: boolean) => {
    setTimeout(() => {
      const order: [CreateField, string][] = [
        ['unit', 'input[name="unit"]'],
        ['year', 'select[name="year"]'],
        ['payRule', 'input[name="payRule"]'],
      ];
      for (const [f, sel] of order) {
        if (e[f]?.length) {
          const checked = formRef.current?.querySelector<HTMLInputElement>(`${sel}:checked`);
          (checked ?? formRef.current?.querySelector<HTMLElement>(sel))?.focus();
          return;
        }
      }
      if (hasFormError || e.form?.length) alertRef.current?.focus();
    }, 0);
  };

  const submit = async () => {
    const choice = options.find((o) => o.unit.id === unitId);
    const local: Errors = {};
    if (!choice) local.unit = [t('create.unitRequired')];
    if (year === null) local.year = [t('create.yearRequired')];
    if (!payRule) local.payRule = [t('create.payRuleRequired')];
    setFormError(null);
    if (Object.keys(local).length > 0 || !choice || year === null || !payRule) {
      setErrors(local);
      focusFirst(local, false);
      return;
    }
    setBusy(true);
    const r = await create({ input: { agentId: choice.leader.id, orgUnitId: choice.unit.id, year, payRule } });
    setBusy(false);
    const o = outcomeOf(r, 'agreementCreate', lang);
    const created = r.data?.agreementCreate.agreement;
    if (o.ok && created) {
      navigate(paths.agreementEdit(created.id));
      return;
    }
    const e = createFieldErrors(o.fieldErrors);
    setErrors(e);
    setFormError(o.error);
    focusFirst(e, !!o.error);
  };

  return (
    <form
      ref={formRef}
      className="zw-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div ref={alertRef} tabIndex={-1} aria-live="polite" className="zw-alertslot">
        {formError ? (
          <Alert kind="danger" title={formError.code === 'FORBIDDEN' ? t('create.forbiddenTitle') : t('create.errorTitle')} live>
            <p className="kern-body" data-testid="create-error">{errorMessage(formError, lang)}</p>
          </Alert>
        ) : errors.form?.length ? (
          <Alert kind="danger" title={t('create.errorTitle')} live>
            <p className="kern-body" data-testid="create-error">{errors.form.join(' ')}</p>
          </Alert>
        ) : null}
      </div>

      <fieldset
        className={`kern-fieldset${errors.unit?.length ? ' kern-fieldset--error' : ''}`}
        aria-describedby={errors.unit?.length ? unitErrId : undefined}
        data-testid="create-unit"
      >
        <legend className="kern-label">{t('create.unit')}</legend>
        <div className="kern-fieldset__body">
          {options.map((o) => {
            const id = `${uid}-unit-${o.unit.id}`;
            return (
              <div key={o.unit.id} className="kern-form-check zw-check">
                <input
                  className={`kern-form-check__radio${errors.unit?.length ? ' kern-form-check__radio--error' : ''}`}
                  type="radio"
                  name="unit"
                  id={id}
                  value={o.unit.id}
                  checked={unitId === o.unit.id}
                  aria-describedby={`${id}-hint`}
                  aria-invalid={errors.unit?.length ? true : undefined}
                  onChange={() => setUnitId(o.unit.id)}
                />
                <label className="kern-label" htmlFor={id}>
                  {o.unit.name}
                </label>
                <div className="kern-hint zw-check__hint" id={`${id}-hint`}>
                  {t('create.agent', { name: o.leader.name })}
                  {o.leader.position ? ` – ${o.leader.position}` : ''}
                  {ledUnits.length > 1 ? ` (${t('create.below', { unit: o.parentName })})` : ''}
                  {o.existingId && year !== null ? (
                    <>
                      {' '}
                      <strong className="zw-check__exists">{t('create.exists', { year })}</strong>
                    </>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
        {errors.unit?.length ? (
          <p className="kern-error" id={unitErrId} role="alert">
            <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
            <span className="kern-body">{errors.unit.join(' ')}</span>
          </p>
        ) : null}
      </fieldset>
      {withoutLeader.length > 0 ? (
        <p className="kern-body kern-body--small">{t('create.withoutLeader', { units: withoutLeader.map((u) => u.name).join(', ') })}</p>
      ) : null}

      <Field label={t('app.year')} hint={t('create.yearHint')} errors={errors.year}>
        {({ id, describedBy, invalid }) => (
          <div className="kern-form-input__select-wrapper">
            <select
              id={id}
              name="year"
              className={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}`}
              value={year ?? ''}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => {
                setYear(e.target.value === '' ? null : Number(e.target.value));
                if (errors.year) setErrors({ ...errors, year: undefined });
              }}
            >
              {yearOptions.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        )}
      </Field>

      <fieldset
        className={`kern-fieldset${errors.payRule?.length ? ' kern-fieldset--error' : ''}`}
        aria-describedby={[payHintId, errors.payRule?.length ? payErrId : ''].filter(Boolean).join(' ')}
        data-testid="create-payrule"
      >
        <legend className="kern-label">{t('create.payRule')}</legend>
        <div className="kern-hint" id={payHintId}>
          {t('create.payRuleHint')}
        </div>
        <div className="kern-fieldset__body">
          {payRules.map((p) => {
            const id = `${uid}-pay-${p}`;
            return (
              <div key={p} className="kern-form-check">
                <input
                  className={`kern-form-check__radio${errors.payRule?.length ? ' kern-form-check__radio--error' : ''}`}
                  type="radio"
                  name="payRule"
                  id={id}
                  value={p}
                  checked={payRule === p}
                  aria-invalid={errors.payRule?.length ? true : undefined}
                  onChange={() => setPayRule(p)}
                />
                <label className="kern-label" htmlFor={id}>
                  {p === 'NONE' ? t('create.payNone') : t(`pay.${p}`)}
                </label>
              </div>
            );
          })}
        </div>
        {errors.payRule?.length ? (
          <p className="kern-error" id={payErrId} role="alert">
            <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
            <span className="kern-body">{errors.payRule.join(' ')}</span>
          </p>
        ) : null}
      </fieldset>

      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{busy ? t('create.busy') : t('create.submit')}</span>
        </button>
        <Link className="kern-btn kern-btn--tertiary" href={paths.agreements()}>
          <span className="kern-label">{t('app.cancel')}</span>
        </Link>
      </div>
    </form>
  );
}
