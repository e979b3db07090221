import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../lib/i18n';
import { AgreementDoc, AuditDoc } from '../agreementDocs';
import type { AgreementFieldsFragment } from '../gql/graphql';
import { forbiddenPaths, viewError } from '../lib/errors';
import { ErrorState, Loading, Alert, Empty, QueryState } from '../components/States';
import { StatusBadge } from '../components/StatusBadge';
import { Link, paths } from '../lib/router';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../lib/format';
import { shownUnit } from '../lib/target';
import { AgreementActions } from './AgreementActions';
import { SignatureBlock } from './SignatureBlock';
import { Remarks } from './Remarks';
import { TableRegion } from '../components/TableRegion';
import { PayAftermath } from './PayAftermath';
import { CommissionCase } from './CommissionCase';

type A = AgreementFieldsFragment;

export default function AgreementView({ id }: { id: string }) {
  const { t } = useI18n();
  const [res, re] = useQuery({ query: AgreementDoc, variables: { id } });
  const node = res.data?.node;
  const agreement = node && 'status' in node ? (node as A) : null;
  const err = viewError(res.error, !!agreement);
  if (err) return <ErrorState error={err} retry={() => re({ requestPolicy: 'network-only' })} back={{ href: paths.agreements(), label: t('error.toAgreements') }} />;
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
  const commission = a.viewerAccess === 'ASSESSMENT';
  // Bumped after every step: the agreement (status, timeline) and its Protokoll are fetched anew.
  const [changes, setChanges] = useState(0);
  const changed = () => {
    reload();
    setChanges((n) => n + 1);
  };
  return (
    <article className="zw-agreement" data-testid="agreement" data-status={a.status} data-access={a.viewerAccess}>
      {payOnly || commission ? (
        <p className="zw-noprint">
          <Link className="kern-link" href={commission ? paths.start() : paths.payResults()}>
            ← {t(commission ? 'commission.toCases' : 'agreement.toPayResults')}
          </Link>
        </p>
      ) : null}
      <div className="zw-pagehead">
        <h1 className="kern-heading-large">{t('agreement.title', { year: a.year, unit: a.orgUnit.name })}</h1>
        <StatusBadge status={a.status} />
      </div>
      {a.viewerOnBehalfOf ? (
        <Alert kind="info" title={t('agreement.onBehalfOf', { name: a.viewerOnBehalfOf.name })} />
      ) : null}
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
      {commission ? (
        <>
          <PayAftermath a={a} onChanged={changed} />
          <CommissionCase a={a} onChanged={changed} />
        </>
      ) : (
        <>
          <AgreementActions a={a} reload={reload} onChanged={changed} />
          <PayAftermath a={a} onChanged={changed} />
        </>
      )}
      {commission ? null : <ItemsSection a={a} hiddenItems={hiddenItems} payOnly={payOnly} />}
      {!hiddenItems && !commission ? <Remarks a={a} onChanged={changed} /> : null}
      {commission ? null : <Timeline a={a} />}
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
      {!hiddenItems && !commission ? <Audit id={a.id} changes={changes} /> : null}
      {!hiddenItems && !commission ? <SignatureBlock a={a} /> : null}
    </article>
  );
}

/** The agreement's items, or why they are hidden from the viewer. */
function ItemsSection({ a, hiddenItems, payOnly }: { a: A; hiddenItems: boolean; payOnly: boolean }) {
  const { t } = useI18n();
  return (
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
  // The target with the unit the server's rule picks: the KPI's, else the item's.
  const targetText = (it: (typeof items)[number]) => {
    if (it.targetValue === null || it.targetValue === undefined) return '–';
    const unit = shownUnit(it, (u) => t(`unit.${u}`));
    return unit ? `${formatNumber(it.targetValue, lang)} ${unit}` : formatNumber(it.targetValue, lang);
  };
  return (
    <TableRegion label={t('agreement.items')}>
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
              <td className="kern-table__cell kern-table__cell--numeric" data-testid={`target-${it.position}`}>{targetText(it)}</td>
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
    </TableRegion>
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
    // After the assessment, only what happened: acknowledged, or objected and decided.
    ...(a.acknowledgedAt ? [{ key: 'aftermath.timeline.acknowledged' as const, at: a.acknowledgedAt }] : []),
    ...(a.objection ? [{ key: 'aftermath.timeline.objected' as const, at: a.objection.objectedAt }] : []),
    ...(a.objection?.decidedAt ? [{ key: 'aftermath.timeline.decided' as const, at: a.objection.decidedAt }] : []),
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

function Audit({ id, changes }: { id: string; changes: number }) {
  const { t, lang } = useI18n();
  const [res, re] = useQuery({ query: AuditDoc, variables: { id, lang: lang === 'en' ? 'EN' : 'DE' } });
  useEffect(() => {
    if (changes > 0) re({ requestPolicy: 'network-only' });
  }, [changes, re]);
  return (
    <section aria-labelledby="audit-h" className="zw-section zw-noprint-optional">
      <h2 id="audit-h" className="kern-heading-medium">{t('agreement.audit')}</h2>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) =>
          d.auditTrail.nodes.length === 0 ? (
            <Empty>{t('agreement.auditEmpty')}</Empty>
          ) : (
            <TableRegion label={t('agreement.audit')}>
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
                        {e.onBehalfOf ? <span className="zw-on-behalf" data-testid="audit-on-behalf">{', '}{t('audit.onBehalfOf', { name: e.onBehalfOf.name })}</span> : null}
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
            </TableRegion>
          )
        }
      </QueryState>
    </section>
  );
}
