import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { CombinedError } from '@urql/core';
import { useI18n } from '../lib/i18n';
import { AcceptDoc, ChangeRequestDoc, CloseDoc, ProposeDoc, ReturnDoc } from '../agreementDocs';
import type { AgreementFieldsFragment as A } from '../gql/graphql';
import { Alert } from '../components/States';
import { Field } from '../components/Field';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Link, paths } from '../lib/router';
import { errorMessage } from '../lib/errors';
import { outcomeOf, type Outcome } from '../lib/mutation';
import { doneMessage, type ActionKind } from '../lib/agreementActions';
import { DegreesForm, type DegreesMode } from './DegreesForm';
import { CopyForm } from './CopyForm';
import { OfficeReviewState } from './Remarks';

type Confirmable = 'accept' | 'return' | 'change' | 'close';
type Result = { error?: CombinedError; data?: unknown };

const payloadKey: Record<Confirmable | 'propose', string> = {
  propose: 'agreementPropose',
  accept: 'agreementAccept',
  return: 'agreementReturn',
  change: 'agreementChangeRequest',
  close: 'agreementClose',
};

/**
 * The steps the viewer may take on the agreement. Signing, returning,
 * requesting a change, the final assessment and closing ask first in a
 * dialog that says what will happen; every step that succeeds says what it
 * did and calls onChanged, which refetches the agreement and its Protokoll.
 */
export function AgreementActions({ a, reload, onChanged }: { a: A; reload: () => void; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [done, setDone] = useState<{ kind: ActionKind; status: string | null } | null>(null);
  const [reasonFor, setReasonFor] = useState<'return' | 'change' | null>(null);
  const [confirm, setConfirm] = useState<Confirmable | null>(null);
  const [copying, setCopying] = useState(false);
  const [reason, setReason] = useState('');
  const [form, setForm] = useState<DegreesMode | null>(null);
  const [, propose] = useMutation(ProposeDoc);
  const [, accept] = useMutation(AcceptDoc);
  const [, close] = useMutation(CloseDoc);
  const [, ret] = useMutation(ReturnDoc);
  const [, change] = useMutation(ChangeRequestDoc);
  const [busy, setBusy] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const input = { agreementId: a.id, expectedVersion: a.version };

  // The button that was pressed may be gone after the step (closing removes
  // all of them): focus goes to the message that says what happened.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const finish = (kind: ActionKind, o: Outcome, status: string | null) => {
    setOutcome(o);
    setDone(o.ok ? { kind, status } : null);
    if (o.ok) {
      setReasonFor(null);
      setReason('');
      setForm(null);
      onChanged();
    }
  };

  const execute = async (kind: Confirmable | 'propose') => {
    setBusy(true);
    let r: Result;
    if (kind === 'propose') r = await propose({ input });
    else if (kind === 'accept') r = await accept({ input });
    else if (kind === 'close') r = await close({ input });
    else if (kind === 'return') r = await ret({ input: { ...input, reason } });
    else r = await change({ input: { ...input, reason } });
    const o = outcomeOf(r, payloadKey[kind], lang);
    const payload = (r.data as Record<string, { agreement?: { status?: string } | null } | null> | undefined)?.[payloadKey[kind]];
    setBusy(false);
    setConfirm(null);
    finish(kind, o, payload?.agreement?.status ?? null);
  };

  const any =
    a.viewerCanEdit || a.viewerCanPropose || a.viewerCanAccept || a.viewerCanReturn || a.viewerCanRequestChange ||
    a.viewerCanClose || a.viewerCanRecordReview || a.viewerCanSelfAssess || a.viewerCanAssess || a.viewerCanCopy ||
    a.viewerCanAcknowledge || a.viewerCanObject;
  const params = { year: a.year, unit: a.orgUnit.name };

  return (
    <section aria-labelledby="actions-h" className="zw-section zw-actions zw-noprint">
      <h2 id="actions-h" className="kern-heading-medium">{t('agreement.actions')}</h2>
      <div aria-live="polite">
        {outcome?.error ? (
          <Alert kind="danger" title={outcome.error.code === 'CONFLICT' ? t('error.conflictTitle') : t('error.title')} live>
            <p className="kern-body">{errorMessage(outcome.error, lang)}</p>
            {outcome.error.code === 'CONFLICT' ? (
              <button type="button" className="kern-btn kern-btn--secondary" onClick={() => { setOutcome(null); reload(); }}>
                <span className="kern-label">{t('app.reload')}</span>
              </button>
            ) : null}
          </Alert>
        ) : null}
        {outcome && !outcome.error && Object.keys(outcome.fieldErrors).length > 0 ? (
          <Alert kind="danger" title={t('error.title')} live>
            <ul className="zw-list" data-testid="user-errors">
              {Object.entries(outcome.fieldErrors).flatMap(([f, msgs]) => msgs.map((m, i) => <li key={f + i}>{m}</li>))}
            </ul>
          </Alert>
        ) : null}
        {done ? (
          <div ref={doneRef} tabIndex={-1} className="zw-done" data-testid="action-done" data-action={done.kind}>
            <Alert kind="success" title={t(doneMessage(done.kind, done.status))} live />
          </div>
        ) : null}
      </div>
      {!any ? <p className="kern-body">{t('agreement.noActions')}</p> : null}
      {/* The parties (the OB before signing) see the office's review next to the sign button. */}
      {a.status === 'PROPOSED' || a.viewerCanAccept ? <OfficeReviewState a={a} /> : null}
      <div className="kern-btn-wrapper zw-buttons">
        {a.viewerCanEdit ? (
          <Link className="kern-btn kern-btn--secondary" href={paths.agreementEdit(a.id)}>
            <span className="kern-icon kern-icon--edit" aria-hidden="true" />
            <span className="kern-label">{t('agreement.edit')}</span>
          </Link>
        ) : null}
        {a.viewerCanPropose ? (
          <button type="button" className="kern-btn kern-btn--primary" disabled={busy} onClick={() => void execute('propose')}>
            <span className="kern-label">{t('agreement.propose')}</span>
          </button>
        ) : null}
        {a.viewerCanAccept ? (
          <button type="button" className="kern-btn kern-btn--primary" disabled={busy} onClick={() => setConfirm('accept')}>
            <span className="kern-icon kern-icon--check" aria-hidden="true" />
            <span className="kern-label">{t('agreement.accept')}</span>
          </button>
        ) : null}
        {a.viewerCanReturn ? (
          <button type="button" className="kern-btn kern-btn--secondary" aria-expanded={reasonFor === 'return'} onClick={() => setReasonFor(reasonFor === 'return' ? null : 'return')}>
            <span className="kern-label">{t('agreement.return')}</span>
          </button>
        ) : null}
        {a.viewerCanRequestChange ? (
          <button type="button" className="kern-btn kern-btn--secondary" aria-expanded={reasonFor === 'change'} onClick={() => setReasonFor(reasonFor === 'change' ? null : 'change')}>
            <span className="kern-label">{t('agreement.changeRequest')}</span>
          </button>
        ) : null}
        {a.viewerCanRecordReview ? (
          <button type="button" className="kern-btn kern-btn--secondary" aria-expanded={form === 'review'} onClick={() => setForm(form === 'review' ? null : 'review')}>
            <span className="kern-label">{t('agreement.reviews')}</span>
          </button>
        ) : null}
        {a.viewerCanSelfAssess ? (
          <button type="button" className="kern-btn kern-btn--secondary" aria-expanded={form === 'self'} onClick={() => setForm(form === 'self' ? null : 'self')}>
            <span className="kern-label">{t('agreement.self')}</span>
          </button>
        ) : null}
        {a.viewerCanAssess ? (
          <button type="button" className="kern-btn kern-btn--secondary" aria-expanded={form === 'assess'} onClick={() => setForm(form === 'assess' ? null : 'assess')}>
            <span className="kern-label">{t('agreement.final')}</span>
          </button>
        ) : null}
        {a.viewerCanClose ? (
          <button type="button" className="kern-btn kern-btn--secondary" disabled={busy} onClick={() => setConfirm('close')}>
            <span className="kern-label">{t('agreement.close')}</span>
          </button>
        ) : null}
        {a.viewerCanCopy ? (
          <button type="button" className="kern-btn kern-btn--secondary" aria-expanded={copying} aria-controls="copy-form" onClick={() => setCopying(!copying)}>
            <span className="kern-icon kern-icon--content-copy" aria-hidden="true" />
            <span className="kern-label">{t('copy.button')}</span>
          </button>
        ) : null}
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => window.print()}>
          <span className="kern-label">{t('app.print')}</span>
        </button>
        {/* HR (PAY_RESULT) gets the result part for the personnel file (access.Viewer.PrintPart). */}
        {a.viewerAccess === 'CONTENT' || a.viewerAccess === 'PAY_RESULT' ? (
          <a className="kern-btn kern-btn--tertiary" href={`/api/export/agreement/${encodeURIComponent(a.id)}`}>
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            <span className="kern-label">{t('agreement.exportHtml')}</span>
          </a>
        ) : null}
      </div>
      {reasonFor ? (
        <form
          className="zw-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim() !== '') setConfirm(reasonFor);
          }}
        >
          <Field label={t('agreement.reason')} hint={t('agreement.reasonHint')} errors={outcome?.fieldErrors['reason']}>
            {({ id, describedBy, invalid }) => (
              <textarea id={id} className="kern-form-input__input" required rows={3} value={reason} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
          <div className="kern-btn-wrapper">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={busy || reason.trim() === ''}>
              <span className="kern-label">{reasonFor === 'return' ? t('agreement.return') : t('agreement.changeRequest')}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setReasonFor(null)}>
              <span className="kern-label">{t('app.cancel')}</span>
            </button>
          </div>
        </form>
      ) : null}
      {copying ? <CopyForm a={a} onCancel={() => setCopying(false)} /> : null}
      {form ? <DegreesForm key={form} a={a} mode={form} onDone={(o) => finish(form, o, null)} /> : null}
      {confirm ? (
        <ConfirmDialog
          title={t(`confirm.${confirm}.title`)}
          confirmLabel={t(`confirm.${confirm}.ok`)}
          busy={busy}
          onConfirm={() => void execute(confirm)}
          onCancel={() => setConfirm(null)}
          testId={`confirm-${confirm}`}
        >
          <p className="kern-body">{t(`confirm.${confirm}.text`, params)}</p>
          {confirm === 'return' || confirm === 'change' ? <blockquote className="zw-quote kern-body">{reason}</blockquote> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
