import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { AcknowledgeDoc, ObjectDoc } from '../payDocs';
import type { AgreementFieldsFragment as A } from '../gql/graphql';
import { useI18n } from '../lib/i18n';
import { formatDate, formatDateTime, todayISO } from '../lib/format';
import { closeWaitsFor, payState } from '../lib/payout';
import { outcomeOf, type Outcome } from '../lib/mutation';
import { Link, paths } from '../lib/router';
import { Alert } from '../components/States';
import { Field } from '../components/Field';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormAlert } from '../components/FormAlert';

/**
 * After the final assessment: where it stands (acknowledged, objection and
 * the commission's decision, the objection period) for the parties and HR;
 * the agent acknowledges it or objects with a reason, each after a dialog
 * that says what happens and until when; and why closing has to wait.
 */
export function PayAftermath({ a, onChanged }: { a: A; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const [asking, setAsking] = useState<'acknowledge' | 'object' | null>(null);
  const [objecting, setObjecting] = useState(false);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [done, setDone] = useState<'acknowledge' | 'object' | null>(null);
  const [, acknowledge] = useMutation(AcknowledgeDoc);
  const [, object] = useMutation(ObjectDoc);
  const [busy, setBusy] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (a.status !== 'ASSESSED' && a.status !== 'CLOSED') return null;
  if (!a.objectBy && !a.acknowledgedAt && !a.objection) return null;
  const today = todayISO();
  const state = payState(a, today);
  // The parties learn why closing has to wait (the principal closes).
  const waits = a.viewerAccess !== 'CONTENT' || a.viewerCanClose ? null : closeWaitsFor(a, today);
  const by = formatDate(a.objectBy, lang);

  const execute = async (kind: 'acknowledge' | 'object') => {
    setBusy(true);
    const input = { agreementId: a.id, expectedVersion: a.version };
    const o =
      kind === 'acknowledge'
        ? outcomeOf(await acknowledge({ input }), 'agreementAcknowledge', lang)
        : outcomeOf(await object({ input: { ...input, reason } }), 'agreementObject', lang);
    setBusy(false);
    setAsking(null);
    setOutcome(o);
    if (o.ok) {
      setDone(kind);
      setObjecting(false);
      setReason('');
      onChanged();
    }
  };

  return (
    <section aria-labelledby="pay-after-h" className="zw-section" data-testid="pay-aftermath" data-state={state}>
      <h2 id="pay-after-h" className="kern-heading-medium">{t('aftermath.title')}</h2>
      <div aria-live="polite">
        {done ? (
          <div ref={doneRef} tabIndex={-1} className="zw-done" data-testid="aftermath-done">
            <Alert kind="success" title={t(`aftermath.done.${done}`)} live />
          </div>
        ) : null}
      </div>
      <FormAlert error={outcome?.error ?? null} fieldErrors={outcome?.fieldErrors ?? {}} known={objecting ? ['reason'] : []} />
      <p className="kern-body" data-testid="aftermath-state">{stateText(t, state, a, lang, by)}</p>
      {a.objection ? <ObjectionDetails a={a} /> : null}
      {waits ? (
        <Alert kind="info" title={t('aftermath.closeWaits')}>
          <p className="kern-body" data-testid="close-waits">{t(`aftermath.closeWaits.${waits}`, { date: by })}</p>
        </Alert>
      ) : null}
      {a.viewerCanAssignObjection ? (
        <p className="kern-body">
          <Link className="kern-link" href={paths.payObjections()}>{t('aftermath.toObjections')}</Link>
        </p>
      ) : null}
      {a.viewerCanAcknowledge || a.viewerCanObject ? (
        <div className="kern-btn-wrapper zw-buttons">
          {a.viewerCanAcknowledge ? (
            <button type="button" className="kern-btn kern-btn--primary" disabled={busy} onClick={() => setAsking('acknowledge')}>
              <span className="kern-icon kern-icon--check" aria-hidden="true" />
              <span className="kern-label">{t('aftermath.acknowledge')}</span>
            </button>
          ) : null}
          {a.viewerCanObject ? (
            <button type="button" className="kern-btn kern-btn--secondary" aria-expanded={objecting} onClick={() => setObjecting(!objecting)}>
              <span className="kern-label">{t('aftermath.object')}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {objecting ? (
        <form className="zw-form" data-testid="objection-form" onSubmit={(e) => { e.preventDefault(); if (reason.trim()) setAsking('object'); }}>
          <Field label={t('aftermath.reason')} hint={t('aftermath.reasonHint', { date: by })} errors={outcome?.fieldErrors['reason']}>
            {({ id, describedBy, invalid }) => (
              <textarea id={id} className="kern-form-input__input" required rows={4} value={reason} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
          <div className="kern-btn-wrapper">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={busy || reason.trim() === ''}>
              <span className="kern-label">{t('aftermath.object')}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setObjecting(false)}>
              <span className="kern-label">{t('app.cancel')}</span>
            </button>
          </div>
        </form>
      ) : null}
      {asking ? (
        <ConfirmDialog
          title={t(`aftermath.confirm.${asking}.title`)}
          confirmLabel={t(`aftermath.confirm.${asking}.ok`)}
          busy={busy}
          onConfirm={() => void execute(asking)}
          onCancel={() => setAsking(null)}
          testId={`confirm-${asking}`}
        >
          <p className="kern-body">{t(`aftermath.confirm.${asking}.text`, { date: by })}</p>
          {asking === 'object' ? <blockquote className="zw-quote kern-body">{reason}</blockquote> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function stateText(t: ReturnType<typeof useI18n>['t'], state: ReturnType<typeof payState>, a: A, lang: 'de' | 'en', by: string): string {
  switch (state) {
    case 'acknowledged':
      return t('aftermath.state.acknowledged', { at: formatDateTime(a.acknowledgedAt, lang) });
    case 'objectionOpen':
      return t('aftermath.state.objectionOpen', { at: formatDateTime(a.objection?.objectedAt, lang) });
    case 'kept':
    case 'changed':
      return t(`aftermath.state.${state}`, { at: formatDateTime(a.objection?.decidedAt, lang) });
    case 'periodOver':
      return t('aftermath.state.periodOver', { date: by });
    case 'periodRunning':
      return t('aftermath.state.periodRunning', { date: by });
    default:
      return '';
  }
}

/** The objection's reason, who decides it and the decision with its reason (as far as the viewer sees them). */
function ObjectionDetails({ a }: { a: A }) {
  const { t } = useI18n();
  const o = a.objection!;
  return (
    <dl className="kern-description-list zw-facts" data-testid="objection-details">
      {o.reason ? (
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('aftermath.reason')}</dt>
          <dd className="kern-description-list-item__value zw-prewrap">{o.reason}</dd>
        </div>
      ) : null}
      <div className="kern-description-list-item">
        <dt className="kern-description-list-item__key">{t('objections.members')}</dt>
        <dd className="kern-description-list-item__value">{o.members.length ? o.members.map((m) => m.name).join(', ') : t('objections.unassigned')}</dd>
      </div>
      {o.decision ? (
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('aftermath.decision')}</dt>
          <dd className="kern-description-list-item__value" data-testid="objection-decision" data-decision={o.decision}>
            <strong>{t(`objections.decided.${o.decision}`)}</strong>
            {o.decisionReason ? <div className="zw-prewrap">{o.decisionReason}</div> : null}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
