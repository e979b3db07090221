import { useState } from 'react';
import { useMutation } from 'urql';
import { ObjectionDecideDoc } from '../payDocs';
import type { AgreementFieldsFragment as A } from '../gql/graphql';
import { useI18n } from '../lib/i18n';
import { formatNumber, formatPercent } from '../lib/format';
import { parseDegree } from '../lib/number';
import { weightedDegree } from '../lib/weights';
import { outcomeOf, type Outcome } from '../lib/mutation';
import type { MessageKey } from '../lib/messages';
import { Alert, Empty } from '../components/States';
import { Field } from '../components/Field';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormAlert, focusFirstInvalid } from '../components/FormAlert';
import { DataTable, type Column } from '../components/DataTable';

type Objection = NonNullable<A['objection']>;
type Item = NonNullable<Objection['items']>[number];

/**
 * What an assigned member of the joint commission sees of an agreement
 * (viewerAccess ASSESSMENT): the assessment part of the items, the
 * assessment comment, the agent's reason, and the decision form.
 */
export function CommissionCase({ a, onChanged }: { a: A; onChanged: () => void }) {
  const { t } = useI18n();
  const o = a.objection;
  if (!o) return <Empty>{t('commission.noObjection')}</Empty>;
  const items = [...(o.items ?? [])].sort((x, y) => x.position - y.position);
  return (
    <>
      <section aria-labelledby="case-items-h" className="zw-section" data-testid="commission-case">
        <h2 id="case-items-h" className="kern-heading-medium">{t('commission.items')}</h2>
        <p className="kern-body">{t('commission.itemsIntro')}</p>
        <AssessedItems items={items} />
        {o.assessmentComment ? (
          <>
            <h3 className="kern-heading-small">{t('commission.assessmentComment')}</h3>
            <p className="kern-body zw-prewrap">{o.assessmentComment}</p>
          </>
        ) : null}
        <h3 className="kern-heading-small">{t('aftermath.reason')}</h3>
        <blockquote className="zw-quote kern-body" data-testid="commission-reason">{o.reason ?? '–'}</blockquote>
      </section>
      {a.viewerCanDecideObjection ? <DecisionForm a={a} items={items} onChanged={onChanged} /> : null}
    </>
  );
}

function AssessedItems({ items }: { items: readonly Item[] }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return <Empty>{t('agreement.noItems')}</Empty>;
  const cols: Column<Item>[] = [
    { key: 'pos', label: '#', cell: (it) => it.position },
    {
      key: 'title',
      label: t('agreement.itemTitle'),
      rowHeader: true,
      cell: (it) => (
        <>
          {it.title}
          {it.selfComment ? <div className="kern-body--small zw-item-comment">{t('agreement.selfComment')}: {it.selfComment}</div> : null}
          {it.assessmentComment ? <div className="kern-body--small zw-item-comment">{t('commission.itemComment')}: {it.assessmentComment}</div> : null}
        </>
      ),
    },
    { key: 'weight', label: t('agreement.weight'), numeric: true, cell: (it) => formatPercent(it.weightPercent, lang) },
    { key: 'target', label: t('agreement.target'), numeric: true, cell: (it) => formatNumber(it.targetValue, lang) },
    { key: 'self', label: t('agreement.self'), numeric: true, cell: (it) => formatPercent(it.selfDegree, lang) },
    { key: 'final', label: t('agreement.final'), numeric: true, cell: (it) => formatPercent(it.finalDegree, lang) },
  ];
  return <DataTable caption={t('commission.items')} testId="commission-items" columns={cols} rows={items} rowKey={(it) => it.id} />;
}

type Decision = 'KEPT' | 'CHANGED';

/** The commission's decision: the assessment stands, or degrees change; a reason either way, confirmed in a dialog. */
function DecisionForm({ a, items, onChanged }: { a: A; items: readonly Item[]; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const [decision, setDecision] = useState<Decision>('KEPT');
  const [degrees, setDegrees] = useState<Record<string, string>>(() => Object.fromEntries(items.map((it) => [it.id, it.finalDegree === null ? '' : String(it.finalDegree)])));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [asking, setAsking] = useState<{ itemId: string; degree: number }[] | null>(null);
  const [, decide] = useMutation(ObjectionDecideDoc);
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState<HTMLFormElement | null>(null);

  const check = (): { itemId: string; degree: number }[] | null => {
    const local: Record<string, string[]> = {};
    if (reason.trim() === '') local['reason'] = [t('commission.reasonRequired')];
    const changed: { itemId: string; degree: number }[] = [];
    if (decision === 'CHANGED') {
      items.forEach((it, idx) => {
        const raw = degrees[it.id] ?? '';
        const d = parseDegree(raw);
        if (!d.ok) local[`items.${idx}.degree`] = [t(`degree.${d.error}` as MessageKey, { value: raw.trim() })];
        else if (d.value !== it.finalDegree) changed.push({ itemId: it.id, degree: d.value });
      });
      if (Object.keys(local).length === 0 && changed.length === 0) local['items'] = [t('commission.nothingChanged')];
    }
    setErrors(local);
    return Object.keys(local).length ? null : changed;
  };

  const send = async (changed: { itemId: string; degree: number }[]) => {
    setBusy(true);
    const o = outcomeOf(
      await decide({ input: { agreementId: a.id, expectedVersion: a.version, decision, reason: reason.trim(), items: decision === 'CHANGED' ? changed : null } }),
      'objectionDecide',
      lang,
    );
    setBusy(false);
    setAsking(null);
    setOutcome(o);
    setErrors(o.fieldErrors);
    if (o.ok) onChanged();
    else focusFirstInvalid(form);
  };

  const newTotal = weightedDegree(
    items.map((it) => {
      const d = parseDegree(degrees[it.id] ?? '');
      return { weightPercent: it.weightPercent, degree: d.ok ? d.value : it.finalDegree ?? 0 };
    }),
  );
  const known = ['reason', 'items', ...items.map((_, i) => `items.${i}.degree`)];

  return (
    <section aria-labelledby="decide-h" className="zw-section zw-noprint">
      <h2 id="decide-h" className="kern-heading-medium">{t('commission.decide')}</h2>
      <form
        ref={setForm}
        className="zw-form"
        noValidate
        data-testid="decision-form"
        onSubmit={(e) => {
          e.preventDefault();
          const c = check();
          if (c) setAsking(c);
          else focusFirstInvalid(form);
        }}
      >
        <FormAlert error={outcome?.error ?? null} fieldErrors={outcome?.fieldErrors ?? {}} known={known} />
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('aftermath.decision')}</legend>
          <div className="kern-fieldset__body">
          {(['KEPT', 'CHANGED'] as const).map((d) => (
            <div key={d} className="kern-form-check">
              <input className="kern-form-check__radio" type="radio" name="decision" id={`decision-${d}`} checked={decision === d} onChange={() => setDecision(d)} />
              <label className="kern-label" htmlFor={`decision-${d}`}>{t(`commission.option.${d}`)}</label>
            </div>
          ))}
          </div>
        </fieldset>
        {decision === 'CHANGED' ? (
          <fieldset className="kern-fieldset zw-panel">
            <legend className="kern-label">{t('commission.newDegrees')}</legend>
            <div className="kern-fieldset__body">
            {errors['items'] ? (
              <p className="kern-error" role="alert"><span className="kern-body">{errors['items'].join(' ')}</span></p>
            ) : null}
            {items.map((it, idx) => (
              <Field key={it.id} label={t('commission.itemDegree', { n: it.position, title: it.title, weight: it.weightPercent })} hint={t('commission.itemDegreeHint', { degree: formatPercent(it.finalDegree, lang) })} errors={errors[`items.${idx}.degree`]}>
                {({ id, describedBy, invalid }) => (
                  <input id={id} data-testid={`decide-degree-${it.position}`} inputMode="numeric" className="kern-form-input__input kern-form-input__input--width-4" value={degrees[it.id]} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setDegrees({ ...degrees, [it.id]: e.target.value })} />
                )}
              </Field>
            ))}
            <p className="kern-body" data-testid="decide-total">{t('commission.newTotal', { total: formatPercent(newTotal, lang) })}</p>
            </div>
          </fieldset>
        ) : null}
        <Field label={t('commission.reason')} hint={t('commission.reasonHint')} errors={errors['reason']}>
          {({ id, describedBy, invalid }) => (
            <textarea id={id} className="kern-form-input__input" rows={4} required aria-required="true" value={reason} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setReason(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy} data-testid="decide-submit">
          <span className="kern-label">{t('commission.submit')}</span>
        </button>
        {asking ? (
          <ConfirmDialog title={t('commission.confirm.title')} confirmLabel={t('commission.confirm.ok')} busy={busy} onConfirm={() => void send(asking)} onCancel={() => setAsking(null)} testId="confirm-decide">
            <p className="kern-body">
              {decision === 'KEPT' ? t('commission.confirm.KEPT') : t('commission.confirm.CHANGED', { n: asking.length, total: formatPercent(newTotal, lang) })}
            </p>
            <blockquote className="zw-quote kern-body">{reason}</blockquote>
          </ConfirmDialog>
        ) : null}
      </form>
      {outcome?.ok ? <Alert kind="success" title={t('commission.done')} live /> : null}
    </section>
  );
}
