import { useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../lib/i18n';
import { AgreementDoc, AuditDoc, AcceptDoc, ChangeRequestDoc, CloseDoc, CopyToYearDoc, ProposeDoc, ReturnDoc, ReviewDoc, AssessDoc } from '../agreementDocs';
import type { AgreementFieldsFragment } from '../gql/graphql';
import { forbiddenPaths } from '../lib/errors';
import { ErrorState, Loading, Alert, Empty, QueryState } from '../components/States';
import { StatusBadge } from '../components/StatusBadge';
import { Field } from '../components/Field';
import { Link, navigate, paths } from '../lib/router';
import { useSession } from '../session';
import { copyYears, defaultCopyYear } from '../lib/create';
import type { AppError } from '../lib/errors';
import { formatDate, formatDateTime, formatNumber, formatPercent, todayISO } from '../lib/format';
import { outcomeOf, type Outcome } from '../lib/mutation';
import { errorMessage } from '../lib/errors';
import { viewError } from '../lib/errors';

type A = AgreementFieldsFragment;

export default function AgreementView({ id }: { id: string }) {
  const { t } = useI18n();
  const [res, re] = useQuery({ query: AgreementDoc, variables: { id } });
  const node = res.data?.node;
  const agreement = node && 'status' in node ? (node as A) : null;
  const err = viewError(res.error, !!agreement);
  if (err) return <ErrorState error={err} retry={() => re({ requestPolicy: 'network-only' })} />;
  if (!agreement) {
    if (res.fetching || !res.data) return <Loading />;
    return <ErrorState error={{ code: 'NOT_FOUND' }} />;
  }
  const hidden = forbiddenPaths(res.error);
  return <AgreementDetail a={agreement} hiddenItems={hidden.has('node.items') || agreement.items === null} reload={() => re({ requestPolicy: 'network-only' })} t={t} />;
}

function AgreementDetail({ a, hiddenItems, reload, t }: { a: A; hiddenItems: boolean; reload: () => void; t: ReturnType<typeof useI18n>['t'] }) {
  const { lang } = useI18n();
  const payOnly = a.viewerAccess === 'PAY_RESULT';
  return (
    <article className="zw-agreement" data-testid="agreement" data-status={a.status} data-access={a.viewerAccess}>
      {payOnly ? (
        <p className="zw-noprint">
          <Link className="kern-link" href={paths.payResults()}>
            ← {t('agreement.toPayResults')}
          </Link>
        </p>
      ) : null}
      <div className="zw-pagehead">
        <h1 className="kern-heading-large">{t('agreement.title', { year: a.year, unit: a.orgUnit.name })}</h1>
        <StatusBadge status={a.status} />
      </div>
      <dl className="kern-description-list zw-facts">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('agreement.principal')}</dt>
          <dd className="kern-description-list-item__value">{a.principal.name}{a.principal.position ? ` – ${a.principal.position}` : ''}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('agreement.agent')}</dt>
          <dd className="kern-description-list-item__value">{a.agent.name}{a.agent.position ? ` – ${a.agent.position}` : ''}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('agreement.unit')}</dt>
          <dd className="kern-description-list-item__value">{a.orgUnit.name}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('agreement.payRule')}</dt>
          <dd className="kern-description-list-item__value">{a.payRule ? t(`pay.${a.payRule}`) : <em>{t('app.notVisible')}</em>}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('agreement.access')}</dt>
          <dd className="kern-description-list-item__value">{t(`access.${a.viewerAccess}`)}</dd>
        </div>
        {a.totalDegree !== null || payOnly ? (
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t('agreement.totalDegree')}</dt>
            <dd className="kern-description-list-item__value" data-testid="total-degree">
              {a.totalDegree !== null ? formatPercent(a.totalDegree, lang) : t('agreement.notAssessed')}
            </dd>
          </div>
        ) : null}
      </dl>
      {a.returnReason ? (
        <Alert kind="warning" title={t('agreement.returnReason')}>
          <p className="kern-body">{a.returnReason}</p>
        </Alert>
      ) : null}
      <Actions a={a} reload={reload} />
      <section aria-labelledby="items-h" className="zw-section">
        <h2 id="items-h" className="kern-heading-medium">{t('agreement.items')}</h2>
        {hiddenItems ? (
          <Alert kind="info" title={t('app.notVisible')}>
            <p className="kern-body">{t(payOnly ? 'agreement.payResultOnly' : 'agreement.contentHidden')}</p>
          </Alert>
        ) : (
          <ItemsTable a={a} />
        )}
      </section>
      <Timeline a={a} />
      {a.reviews && a.reviews.length > 0 ? (
        <section aria-labelledby="reviews-h" className="zw-section">
          <h2 id="reviews-h" className="kern-heading-medium">{t('agreement.reviews')}</h2>
          <ul className="zw-list">
            {a.reviews.map((r, i) => (
              <li key={i}>
                <strong>{formatDate(r.heldOn, lang)}</strong>
                {r.recordedBy ? ` (${r.recordedBy.name})` : ''}: {r.note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.assessment ? (
        <section aria-labelledby="assess-h" className="zw-section">
          <h2 id="assess-h" className="kern-heading-medium">{t('agreement.assessment')}</h2>
          <p className="kern-body">
            {t('agreement.totalDegree')}: <strong>{formatPercent(a.assessment.totalDegree, lang)}</strong> – {formatDate(a.assessment.assessedAt, lang)}
            {a.assessment.assessedBy ? `, ${a.assessment.assessedBy.name}` : ''}
          </p>
          {a.assessment.comment ? <p className="kern-body">{a.assessment.comment}</p> : null}
          {a.assessment.selfAssessmentNote ? (
            <p className="kern-body">
              {t('agreement.self')}: {a.assessment.selfAssessmentNote}
            </p>
          ) : null}
        </section>
      ) : null}
      {!hiddenItems ? <Audit id={a.id} /> : null}
    </article>
  );
}

function linkText(it: NonNullable<A['items']>[number]): string {
  if (it.goal) return it.goal.title;
  if (it.kpi) return it.kpi.name;
  if (it.measure) return `${it.measure.number} ${it.measure.title}`;
  return '';
}

function ItemsTable({ a }: { a: A }) {
  const { t, lang } = useI18n();
  const items = [...(a.items ?? [])].sort((x, y) => x.position - y.position);
  if (items.length === 0) return <Empty>{t('agreement.noItems')}</Empty>;
  const sum = items.reduce((s, i) => s + i.weightPercent, 0);
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--small" data-testid="items">
        <caption className="kern-sr-only">{t('agreement.items')}</caption>
        <thead className="kern-table__header">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">#</th>
            <th scope="col" className="kern-table__header">{t('agreement.itemTitle')}</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">{t('agreement.weight')}</th>
            <th scope="col" className="kern-table__header">{t('agreement.link')}</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">{t('agreement.target')}</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">{t('agreement.interim')}</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">{t('agreement.self')}</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">{t('agreement.final')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {items.map((it) => (
            <tr key={it.id} className="kern-table__row">
              <td className="kern-table__cell">{it.position}</td>
              <td className="kern-table__cell">
                <strong>{it.title}</strong>
                {it.budgetCompliance ? (
                  <>
                    {' '}
                    <span className="kern-badge kern-badge--info kern-badge--small"><span className="kern-label">{t('agreement.budgetItem')}</span></span>
                  </>
                ) : null}
                {it.description ? <div className="kern-body--small">{it.description}</div> : null}
                {/* The comments given with the interim and the self-assessed degree, next to the item they explain. */}
                {it.interimComment ? (
                  <div className="kern-body--small zw-item-comment" data-testid="interim-comment">
                    {t('agreement.interimComment')}: {it.interimComment}
                  </div>
                ) : null}
                {it.selfComment ? (
                  <div className="kern-body--small zw-item-comment" data-testid="self-comment">
                    {t('agreement.selfComment')}: {it.selfComment}
                  </div>
                ) : null}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatPercent(it.weightPercent, lang)}</td>
              <td className="kern-table__cell">
                {it.kpi ? (
                  <Link className="kern-link" href={paths.kpi(it.kpi.id)}>{linkText(it)}</Link>
                ) : (
                  linkText(it) || '–'
                )}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(it.targetValue, lang)}{it.kpi && it.targetValue !== null ? ` ${it.kpi.unit}` : ''}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatPercent(it.interimDegree, lang)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatPercent(it.selfDegree, lang)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatPercent(it.finalDegree, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="kern-table__footer">
          <tr className="kern-table__row">
            <td className="kern-table__cell" />
            <th scope="row" className="kern-table__cell">{t('app.total')}</th>
            <td className="kern-table__cell kern-table__cell--numeric">{formatPercent(sum, lang)}</td>
            <td className="kern-table__cell" colSpan={5} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Timeline({ a }: { a: A }) {
  const { t, lang } = useI18n();
  const steps: { key: Parameters<typeof t>[0]; at: string | null }[] = [
    { key: 'agreement.created', at: a.createdAt },
    { key: 'agreement.proposed', at: a.proposedAt },
    { key: 'agreement.principalSigned', at: a.principalSignedAt },
    { key: 'agreement.agentSigned', at: a.agentSignedAt },
    { key: 'agreement.agreed', at: a.agreedAt },
    { key: 'agreement.closed', at: a.closedAt },
  ];
  return (
    <section aria-labelledby="timeline-h" className="zw-section">
      <h2 id="timeline-h" className="kern-heading-medium">{t('agreement.timeline')}</h2>
      <ol className="zw-timeline" data-testid="timeline">
        {steps.map((s) => (
          <li key={s.key} className={s.at ? 'zw-timeline__done' : 'zw-timeline__open'}>
            <span className="zw-timeline__mark" aria-hidden="true">{s.at ? '✓' : '○'}</span>
            <span>{t(s.key)}</span>
            <span className="zw-timeline__at">{s.at ? formatDateTime(s.at, lang) : '–'}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Audit({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [res, re] = useQuery({ query: AuditDoc, variables: { id, lang: lang === 'en' ? 'EN' : 'DE' } });
  return (
    <section aria-labelledby="audit-h" className="zw-section zw-noprint-optional">
      <h2 id="audit-h" className="kern-heading-medium">{t('agreement.audit')}</h2>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) =>
          d.auditTrail.nodes.length === 0 ? (
            <Empty>{t('agreement.auditEmpty')}</Empty>
          ) : (
            <div className="kern-table-responsive">
              <table className="kern-table kern-table--small" data-testid="audit">
                <caption className="kern-sr-only">{t('agreement.audit')}</caption>
                <thead className="kern-table__header">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">{t('agreement.auditWhen')}</th>
                    <th scope="col" className="kern-table__header">{t('agreement.auditWho')}</th>
                    <th scope="col" className="kern-table__header">{t('agreement.auditWhat')}</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {d.auditTrail.nodes.map((e, i) => (
                    <tr key={i} className="kern-table__row" data-action={e.action}>
                      <td className="kern-table__cell">{formatDateTime(e.at, lang)}</td>
                      <td className="kern-table__cell">
                        {e.actor?.name ?? '–'}
                        {e.actorRoleNames.length ? ` (${e.actorRoleNames.join(', ')})` : ''}
                      </td>
                      <td className="kern-table__cell">
                        <strong>{e.actionText}</strong>
                        {e.changes.length > 0 && (
                          <ul className="zw-audit-changes">
                            {e.changes.map((c, j) => (
                              <li key={j}>
                                {c.label}: {c.before} → {c.after}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}

function Actions({ a, reload }: { a: A; reload: () => void }) {
  const { t, lang } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reasonFor, setReasonFor] = useState<'return' | 'change' | null>(null);
  const [copying, setCopying] = useState(false);
  const [reason, setReason] = useState('');
  const [form, setForm] = useState<'review' | 'self' | 'assess' | null>(null);
  const [, propose] = useMutation(ProposeDoc);
  const [, accept] = useMutation(AcceptDoc);
  const [, close] = useMutation(CloseDoc);
  const [, ret] = useMutation(ReturnDoc);
  const [, change] = useMutation(ChangeRequestDoc);
  const [busy, setBusy] = useState(false);
  const input = { agreementId: a.id, expectedVersion: a.version };

  const run = async (p: Promise<{ error?: import('@urql/core').CombinedError; data?: unknown }>, key: string) => {
    setBusy(true);
    const o = outcomeOf(await p, key, lang);
    setBusy(false);
    setOutcome(o);
    if (o.ok) {
      setReasonFor(null);
      setReason('');
    }
  };

  const any =
    a.viewerCanEdit || a.viewerCanPropose || a.viewerCanAccept || a.viewerCanReturn || a.viewerCanRequestChange ||
    a.viewerCanClose || a.viewerCanRecordReview || a.viewerCanSelfAssess || a.viewerCanAssess || a.viewerCanCopy;

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
        {outcome?.ok ? <Alert kind="success" title={t('agreement.signedOk')} live /> : null}
      </div>
      {!any ? <p className="kern-body">{t('agreement.noActions')}</p> : null}
      <div className="kern-btn-wrapper zw-buttons">
        {a.viewerCanEdit ? (
          <Link className="kern-btn kern-btn--secondary" href={paths.agreementEdit(a.id)}>
            <span className="kern-icon kern-icon--edit" aria-hidden="true" />
            <span className="kern-label">{t('agreement.edit')}</span>
          </Link>
        ) : null}
        {a.viewerCanPropose ? (
          <button type="button" className="kern-btn kern-btn--primary" disabled={busy} onClick={() => run(propose({ input }), 'agreementPropose')}>
            <span className="kern-label">{t('agreement.propose')}</span>
          </button>
        ) : null}
        {a.viewerCanAccept ? (
          <button type="button" className="kern-btn kern-btn--primary" disabled={busy} onClick={() => run(accept({ input }), 'agreementAccept')}>
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
          <button type="button" className="kern-btn kern-btn--secondary" disabled={busy} onClick={() => run(close({ input }), 'agreementClose')}>
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
            const i = { ...input, reason };
            if (reasonFor === 'return') void run(ret({ input: i }), 'agreementReturn');
            else void run(change({ input: i }), 'agreementChangeRequest');
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
      {form ? <DegreesForm a={a} mode={form} onDone={(o) => { setOutcome(o); if (o.ok) setForm(null); }} /> : null}
    </section>
  );
}

/** Mid-year review, self-assessment or final assessment: a degree per item. */
function DegreesForm({ a, mode, onDone }: { a: A; mode: 'review' | 'self' | 'assess'; onDone: (o: Outcome) => void }) {
  const { t, lang } = useI18n();
  const items = [...(a.items ?? [])].sort((x, y) => x.position - y.position);
  const initial = (it: (typeof items)[number]) => {
    const v = mode === 'review' ? it.interimDegree : mode === 'self' ? it.selfDegree : it.finalDegree ?? it.selfDegree ?? it.budgetSuggestion?.suggestedDegree;
    return v === null || v === undefined ? '' : String(v);
  };
  const [degrees, setDegrees] = useState<Record<string, string>>(() => Object.fromEntries(items.map((it) => [it.id, initial(it)])));
  // Each degree may come with a comment on that item: kept with the item
  // (interim, self or final comment) and shown next to it.
  const initialComment = (it: (typeof items)[number]) =>
    (mode === 'review' ? it.interimComment : mode === 'self' ? it.selfComment : it.assessmentComment) ?? '';
  const [comments, setComments] = useState<Record<string, string>>(() => Object.fromEntries(items.map((it) => [it.id, initialComment(it)])));
  const [heldOn, setHeldOn] = useState(todayISO());
  const [note, setNote] = useState('');
  const [overrule, setOverrule] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [, review] = useMutation(ReviewDoc);
  const [, assess] = useMutation(AssessDoc);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const local: Record<string, string[]> = {};
    const list = items.map((it, idx) => {
      const n = Number(degrees[it.id]);
      if (degrees[it.id] === '' || !Number.isInteger(n) || n < 0 || n > 150) local[`items.${idx}.degree`] = ['0–150'];
      return { itemId: it.id, degree: n, comment: comments[it.id] ? comments[it.id] : null };
    });
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
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
    setErrors(r.fieldErrors);
    onDone(r);
  };

  return (
    <form className="zw-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      {mode === 'review' ? (
        <Field label={t('agreement.auditWhen')} errors={errors['heldOn']}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="date" className="kern-form-input__input" value={heldOn} required aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setHeldOn(e.target.value)} />
          )}
        </Field>
      ) : null}
      {items.map((it, idx) => (
        <div key={it.id} className="zw-degree-item">
          <Field label={`${it.position}. ${it.title} – ${t('agreement.degree')} (%)`} hint="0–150" errors={errors[`items.${idx}.degree`]}>
            {({ id, describedBy, invalid }) => (
              <input id={id} inputMode="numeric" className="kern-form-input__input kern-form-input__input--width-4" value={degrees[it.id]} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setDegrees({ ...degrees, [it.id]: e.target.value })} />
            )}
          </Field>
          <Field label={t('agreement.itemComment', { n: it.position })} errors={errors[`items.${idx}.comment`]}>
            {({ id, describedBy, invalid }) => (
              <textarea id={id} data-testid={`item-comment-${it.position}`} className="kern-form-input__input" rows={2} value={comments[it.id]} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setComments({ ...comments, [it.id]: e.target.value })} />
            )}
          </Field>
        </div>
      ))}
      <Field label={mode === 'review' ? t('kpi.comment') : t('kpi.comment')} errors={errors['note']}>
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
    </form>
  );
}

/** The principal copies the agreement into a draft for another year, then edits it. */
function CopyForm({ a, onCancel }: { a: A; onCancel: () => void }) {
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
