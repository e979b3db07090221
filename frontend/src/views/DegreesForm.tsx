import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../lib/i18n';
import { AssessDoc, ReviewDoc } from '../agreementDocs';
import type { AgreementFieldsFragment as A } from '../gql/graphql';
import { Field } from '../components/Field';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatNumber, formatPercent, todayISO } from '../lib/format';
import { parseDegree } from '../lib/number';
import { weightedDegree } from '../lib/weights';
import { outcomeOf, type Outcome } from '../lib/mutation';
import type { MessageKey } from '../lib/messages';

export type DegreesMode = 'review' | 'self' | 'assess';

type Item = NonNullable<A['items']>[number];

/** Mid-year review, self-assessment or final assessment: a degree per item. The final assessment asks first. */
export function DegreesForm({ a, mode, onDone }: { a: A; mode: DegreesMode; onDone: (o: Outcome) => void }) {
  const { t, lang } = useI18n();
  const items = [...(a.items ?? [])].sort((x, y) => x.position - y.position);
  const initial = (it: Item) => {
    const v = mode === 'review' ? it.interimDegree : mode === 'self' ? it.selfDegree : it.finalDegree ?? it.selfDegree ?? it.budgetSuggestion?.suggestedDegree;
    return v === null || v === undefined ? '' : formatNumber(v, lang, 1, '');
  };
  const [degrees, setDegrees] = useState<Record<string, string>>(() => Object.fromEntries(items.map((it) => [it.id, initial(it)])));
  // Each degree may come with a comment on that item: kept with the item
  // (interim, self or final comment) and shown next to it.
  const initialComment = (it: Item) => (mode === 'review' ? it.interimComment : mode === 'self' ? it.selfComment : it.assessmentComment) ?? '';
  const [comments, setComments] = useState<Record<string, string>>(() => Object.fromEntries(items.map((it) => [it.id, initialComment(it)])));
  const [heldOn, setHeldOn] = useState(todayISO());
  const [note, setNote] = useState('');
  const [overrule, setOverrule] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [asking, setAsking] = useState<{ itemId: string; degree: number; comment: string | null }[] | null>(null);
  const [, review] = useMutation(ReviewDoc);
  const [, assess] = useMutation(AssessDoc);
  const [busy, setBusy] = useState(false);

  const check = () => {
    const local: Record<string, string[]> = {};
    const list = items.map((it, idx) => {
      const raw = degrees[it.id] ?? '';
      const d = parseDegree(raw);
      if (!d.ok) local[`items.${idx}.degree`] = [t(`degree.${d.error}` as MessageKey, { value: raw.trim() })];
      return { itemId: it.id, degree: d.ok ? d.value : 0, comment: comments[it.id] ? comments[it.id] : null };
    });
    setErrors(local);
    return Object.keys(local).length ? null : list;
  };

  const send = async (list: { itemId: string; degree: number; comment: string | null }[]) => {
    setBusy(true);
    const r =
      mode === 'review'
        ? outcomeOf(await review({ input: { agreementId: a.id, expectedVersion: a.version, heldOn, note, items: list } }), 'agreementReviewRecord', lang)
        : outcomeOf(
            await assess({ input: { agreementId: a.id, expectedVersion: a.version, self: mode === 'self', items: list, note: note || null, overruleReason: overrule || null } }),
            'agreementAssess',
            lang,
          );
    setBusy(false);
    setAsking(null);
    setErrors(r.fieldErrors);
    onDone(r);
  };

  const submit = () => {
    const list = check();
    if (!list) return;
    if (mode === 'assess') setAsking(list);
    else void send(list);
  };

  const total = (list: { itemId: string; degree: number }[]) =>
    weightedDegree(list.map((x) => ({ weightPercent: items.find((it) => it.id === x.itemId)?.weightPercent ?? 0, degree: x.degree })));

  return (
    <form className="zw-form" noValidate onSubmit={(e) => { e.preventDefault(); submit(); }} data-testid={`degrees-${mode}`}>
      {mode === 'review' ? (
        <Field label={t('agreement.auditWhen')} errors={errors['heldOn']}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="date" className="kern-form-input__input" value={heldOn} required aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setHeldOn(e.target.value)} />
          )}
        </Field>
      ) : null}
      {items.map((it, idx) => (
        <div key={it.id} className="zw-degree-item">
          <Field label={`${it.position}. ${it.title} – ${t('agreement.degree')} (%)`} hint={t('degree.hint')} errors={errors[`items.${idx}.degree`]}>
            {({ id, describedBy, invalid }) => (
              <input id={id} data-testid={`degree-${it.position}`} inputMode="decimal" className="kern-form-input__input kern-form-input__input--width-4" value={degrees[it.id]} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setDegrees({ ...degrees, [it.id]: e.target.value })} />
            )}
          </Field>
          <Field label={t('agreement.itemComment', { n: it.position })} errors={errors[`items.${idx}.comment`]}>
            {({ id, describedBy, invalid }) => (
              <textarea id={id} data-testid={`item-comment-${it.position}`} className="kern-form-input__input" rows={2} value={comments[it.id]} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setComments({ ...comments, [it.id]: e.target.value })} />
            )}
          </Field>
        </div>
      ))}
      <Field label={t('kpi.comment')} errors={errors['note']}>
        {({ id, describedBy, invalid }) => (
          <textarea id={id} className="kern-form-input__input" rows={3} value={note} required={mode === 'review'} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      {mode === 'assess' ? (
        <Field label={t('agreement.reason')} errors={errors['overruleReason']}>
          {({ id, describedBy, invalid }) => (
            <textarea id={id} className="kern-form-input__input" rows={2} value={overrule} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setOverrule(e.target.value)} />
          )}
        </Field>
      ) : null}
      <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
        <span className="kern-label">{t('app.save')}</span>
      </button>
      {asking ? (
        <ConfirmDialog
          title={t('confirm.assess.title')}
          confirmLabel={t('confirm.assess.ok')}
          busy={busy}
          onConfirm={() => void send(asking)}
          onCancel={() => setAsking(null)}
        >
          <p className="kern-body">{t('confirm.assess.text', { n: items.length, total: formatPercent(total(asking), lang) })}</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
