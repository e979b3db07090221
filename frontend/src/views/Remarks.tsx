import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../lib/i18n';
import { AgreementOfficeReviewDoc, AgreementRemarkAddDoc } from '../agreementDocs';
import type { AgreementFieldsFragment as A } from '../gql/graphql';
import { Alert, Empty } from '../components/States';
import { Field } from '../components/Field';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { outcomeOf, type Outcome } from '../lib/mutation';

type ReviewState = 'CHECKED' | 'QUERY';

/** The OB office's review state ("geprüft", "Rückfrage", …) with its date, for the parties and the office. */
export function OfficeReviewState({ a }: { a: A }) {
  const { t, lang } = useI18n();
  if (!a.officeReview) return null;
  const kind = a.officeReview === 'CHECKED' ? 'success' : a.officeReview === 'QUERY' ? 'warning' : 'info';
  return (
    <p className="kern-body" data-testid="office-review" data-state={a.officeReview}>
      {t('office.state')}:{' '}
      <span className={`kern-badge kern-badge--${kind} kern-badge--small`}>
        <span className="kern-label">{t(`office.${a.officeReview}`)}</span>
      </span>
      {a.officeReviewedAt ? ` ${t('office.at', { at: formatDateTime(a.officeReviewedAt, lang) })}` : ''}
    </p>
  );
}

/**
 * "Anmerkungen": the remarks of the parties and the OB office on the
 * agreement or one of its items, a form to add one, and for the office
 * the review buttons (each asks first). Every step calls onChanged, which
 * refetches the agreement and its Protokoll.
 */
export function Remarks({ a, onChanged }: { a: A; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [itemId, setItemId] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<ReviewState | null>(null);
  const [busy, setBusy] = useState(false);
  const [, addRemark] = useMutation(AgreementRemarkAddDoc);
  const [, review] = useMutation(AgreementOfficeReviewDoc);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  if (!a.remarks) return null;
  const items = [...(a.items ?? [])].sort((x, y) => x.position - y.position);
  const position = new Map(items.map((i) => [i.id, i.position]));
  const input = { agreementId: a.id, expectedVersion: a.version };

  const submit = async () => {
    setBusy(true);
    const r = await addRemark({ input: { ...input, text, itemId: itemId || null } });
    const o = outcomeOf(r, 'agreementRemarkAdd', lang);
    setBusy(false);
    setOutcome(o);
    setDone(o.ok ? 'remarks.added' : null);
    if (o.ok) {
      setText('');
      setItemId('');
      onChanged();
    }
  };
  const mark = async (state: ReviewState) => {
    setBusy(true);
    const r = await review({ input: { ...input, state } });
    const o = outcomeOf(r, 'agreementOfficeReview', lang);
    setBusy(false);
    setConfirm(null);
    setOutcome(o);
    setDone(o.ok ? `office.done.${state}` : null);
    if (o.ok) onChanged();
  };
  const params = { year: a.year, unit: a.orgUnit.name };
  const errors = outcome && !outcome.error ? Object.entries(outcome.fieldErrors).filter(([f]) => f !== 'text') : [];

  return (
    <section aria-labelledby="remarks-h" className="zw-section" data-testid="remarks">
      <h2 id="remarks-h" className="kern-heading-medium">{t('remarks.title')}</h2>
      <OfficeReviewState a={a} />
      {a.remarks.length === 0 ? (
        <Empty>{t('remarks.none')}</Empty>
      ) : (
        <ul className="zw-list" data-testid="remark-list">
          {a.remarks.map((r) => (
            <li key={r.id} data-testid="remark" data-item={r.item?.id ?? ''}>
              <strong>{r.item ? t('remarks.on', { n: position.get(r.item.id) ?? '', title: r.item.title }) : t('remarks.whole')}</strong>
              {' – '}
              {r.author?.name ?? '–'}, {formatDateTime(r.createdAt, lang)}
              <div className="kern-body">{r.text}</div>
            </li>
          ))}
        </ul>
      )}
      <div aria-live="polite">
        {outcome?.error ? (
          <Alert kind="danger" title={t('error.title')} live>
            <p className="kern-body">{errorMessage(outcome.error, lang)}</p>
          </Alert>
        ) : null}
        {errors.length > 0 ? (
          <Alert kind="danger" title={t('error.title')} live>
            <ul className="zw-list" data-testid="user-errors">
              {errors.flatMap(([f, msgs]) => msgs.map((m, i) => <li key={f + i}>{m}</li>))}
            </ul>
          </Alert>
        ) : null}
        {done ? (
          <div ref={doneRef} tabIndex={-1} className="zw-done" data-testid="remark-done">
            <Alert kind="success" title={t(done as Parameters<typeof t>[0])} live />
          </div>
        ) : null}
      </div>
      {a.viewerCanRemark ? (
        <form
          className="zw-form zw-noprint"
          data-testid="remark-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim() !== '') void submit();
          }}
        >
          <Field label={t('remarks.item')}>
            {({ id, describedBy }) => (
              <div className="kern-form-input__select-wrapper">
                <select id={id} className="kern-form-input__select" value={itemId} aria-describedby={describedBy} onChange={(e) => setItemId(e.target.value)}>
                  <option value="">{t('remarks.whole')}</option>
                  {items.map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.position}. {i.title}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </Field>
          <Field label={t('remarks.text')} hint={t('remarks.textHint')} errors={outcome?.fieldErrors['text']}>
            {({ id, describedBy, invalid }) => (
              <textarea id={id} className="kern-form-input__input" required maxLength={2000} rows={3} value={text} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setText(e.target.value)} />
            )}
          </Field>
          <div className="kern-btn-wrapper">
            <button type="submit" className="kern-btn kern-btn--secondary" disabled={busy || text.trim() === ''}>
              <span className="kern-label">{t('remarks.add')}</span>
            </button>
          </div>
        </form>
      ) : null}
      {a.viewerCanOfficeReview ? (
        <div className="zw-noprint">
          {a.remarks.length === 0 ? <p className="kern-body kern-body--small">{t('office.queryNeedsRemark')}</p> : null}
          <div className="kern-btn-wrapper zw-buttons">
            <button type="button" className="kern-btn kern-btn--primary" disabled={busy} onClick={() => setConfirm('CHECKED')}>
              <span className="kern-icon kern-icon--check" aria-hidden="true" />
              <span className="kern-label">{t('office.check')}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--secondary" disabled={busy || a.remarks.length === 0} onClick={() => setConfirm('QUERY')}>
              <span className="kern-label">{t('office.query')}</span>
            </button>
          </div>
        </div>
      ) : null}
      {confirm ? (
        <ConfirmDialog
          title={t(confirm === 'CHECKED' ? 'confirm.officeCheck.title' : 'confirm.officeQuery.title')}
          confirmLabel={t(confirm === 'CHECKED' ? 'confirm.officeCheck.ok' : 'confirm.officeQuery.ok')}
          busy={busy}
          onConfirm={() => void mark(confirm)}
          onCancel={() => setConfirm(null)}
          testId={confirm === 'CHECKED' ? 'confirm-office-check' : 'confirm-office-query'}
        >
          <p className="kern-body">{t(confirm === 'CHECKED' ? 'confirm.officeCheck.text' : 'confirm.officeQuery.text', params)}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
