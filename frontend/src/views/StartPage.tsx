import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { startKind } from '../lib/roles';
import { Link, paths } from '../lib/router';
import { QueryState, Empty } from '../components/States';
import type { AgreementStatus } from '../components/StatusBadge';
import { YearSelect } from '../components/YearSelect';
import { Light } from '../components/Light';
import { cascadeProgress, countOf, statusOrder, sumCounts } from '../lib/agreements';
import { formatCents, formatDegree, formatNumber } from '../lib/format';
import { AgreementTable } from '../components/AgreementTable';
import { NewAgreementButton } from '../components/NewAgreementButton';
import PayResults from './PayResults';
import { formatPeriod } from '../lib/period';
import { StatusBadge } from '../components/StatusBadge';
import { TableRegion } from '../components/TableRegion';
import { RiskDoc, RiskOverview } from './RiskOverview';
import { DueDate, ReminderSetting } from './Reminders';
import { ObjectionsDoc } from '../payDocs';
import { ObjectionsTable } from '../components/ObjectionsTable';

const OfficeDoc = graphql(`
  query OfficeStart($year: Int!) {
    dezernatAgreements(year: $year) {
      id
      year
      status
      orgUnit {
        id
        code
        name
      }
      agent {
        id
        name
      }
      principal {
        id
        name
      }
      agreedAt
      updatedAt
    }
    orgUnits(kind: DEZERNAT, first: 50) {
      nodes {
        id
        code
        name
      }
    }
    fachbereiche: orgUnits(kind: FACHBEREICH, first: 50) {
      nodes {
        id
        code
        name
      }
    }
    budgetComplianceByDezernat(year: $year) {
      orgUnit {
        id
        code
        name
      }
      figures {
        plan
        actual
        adherence
        hspPlanned
        hspRealised
        hspRealisation
        noData
        suggestedDegree
      }
    }
  }
`);

const RedKpisDoc = graphql(`
  query RedKpis($year: Int!) {
    kpis(year: $year, light: RED, first: 15) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        unit
        achievement(year: $year) {
          light
          degree
        }
        goal {
          id
          title
          orgUnit {
            id
            name
          }
        }
      }
    }
  }
`);

const OverviewDoc = graphql(`
  query CascadeOverview($year: Int!, $orgUnit: ID) {
    agreementStatusOverview(year: $year, orgUnit: $orgUnit) {
      orgUnit {
        id
        code
        name
        kind
      }
      total
      counts {
        status
        count
      }
    }
  }
`);

const MyAgreementsDoc = graphql(`
  query MyAgreements($year: Int, $role: AgreementRole!) {
    agreements(year: $year, role: $role, first: 50) {
      totalCount
      nodes {
        id
        year
        status
        orgUnit {
          id
          name
        }
        principal {
          id
          name
        }
        agent {
          id
          name
        }
        updatedAt
      }
    }
  }
`);

const TasksDoc = graphql(`
  query MyTasks {
    myTasks {
      kind
      period
      due
      overdue
      onBehalfOf {
        id
        name
      }
      agreement {
        id
        year
        status
        orgUnit {
          id
          name
        }
        agent {
          id
          name
        }
      }
      kpi {
        id
        name
      }
    }
  }
`);

function YearHeader({ title, create = false }: { title: string; create?: boolean }) {
  const { years, year, setYear } = useSession();
  return (
    <div className="zw-pagehead">
      <h1 className="kern-heading-large">{title}</h1>
      <div className="zw-pagehead__tools">
        {create ? <NewAgreementButton /> : null}
        <YearSelect years={years} value={year} onChange={setYear} />
      </div>
    </div>
  );
}

function OfficeStart() {
  const { t, lang } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: OfficeDoc, variables: { year } });
  // The risk view's counts (the same query as RiskOverview's, answered once).
  const [risk] = useQuery({ query: RiskDoc, variables: { year } });
  return (
    <>
      <YearHeader title={t('start.office.title')} create />
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => {
          const units = [...d.orgUnits.nodes, ...d.fachbereiche.nodes];
          const byUnit = new Map(d.dezernatAgreements.map((a) => [a.orgUnit.id, a]));
          // Per unit and status: the agreements of the unit and those below (the risk view's counts).
          // null: the counts are not there (not loaded, or not for this viewer).
          const riskRows = risk.data?.riskOverview;
          const matrixCount = (unit: string, s: string): number | null => {
            const row = riskRows?.find((r) => r.dezernat.id === unit);
            return row ? (row.counts.find((c) => c.status === s)?.count ?? 0) : null;
          };
          return (
            <>
              <RiskOverview />
              <section aria-labelledby="matrix-h" className="zw-section">
                <h2 id="matrix-h" className="kern-heading-medium">
                  {t('start.office.matrix')}
                </h2>
                <p className="kern-body zw-matrix-legend" data-testid="matrix-legend">
                  <span aria-hidden="true" className="zw-matrix__dot">●</span> {t('start.office.matrixLegend')}
                </p>
                <TableRegion label={t('start.office.matrixCaption', { year })} className="zw-matrix-table">
                  <table className="kern-table kern-table--small zw-matrix" data-testid="dezernat-matrix">
                    <caption className="kern-sr-only">{t('start.office.matrixCaption', { year })}</caption>
                    <thead className="kern-table__header">
                      <tr className="kern-table__row">
                        <th scope="col" className="kern-table__header">
                          {t('agreement.unit')}
                        </th>
                        {statusOrder.map((s) => (
                          <th key={s} scope="col" className="kern-table__header zw-matrix__status">
                            {t(`status.${s}`)}
                          </th>
                        ))}
                        <th scope="col" className="kern-table__header">
                          {t('agreement.agent')}
                        </th>
                      </tr>
                    </thead>
                    <tbody className="kern-table__body">
                      {units.map((u) => {
                        const a = byUnit.get(u.id);
                        return (
                          <tr key={u.id} className="kern-table__row" data-unit={u.id}>
                            <th scope="row" className="kern-table__cell">
                              {a ? (
                                <Link className="kern-link" href={paths.agreement(a.id)}>
                                  {u.name}
                                </Link>
                              ) : (
                                u.name
                              )}
                            </th>
                            {statusOrder.map((s) => {
                              const n = matrixCount(u.id, s);
                              return (
                                <td key={s} className="kern-table__cell zw-matrix__cell" data-status={s} data-count={n ?? undefined}>
                                  {a?.status === s ? (
                                    <span className="zw-matrix__mark" data-testid="matrix-ob">
                                      <span aria-hidden="true" className="zw-matrix__dot">●</span>{' '}
                                      <span className="kern-sr-only">{t('start.office.matrixOb', { status: t(`status.${s}`) })}, </span>
                                    </span>
                                  ) : null}
                                  <span className={n ? 'zw-matrix__count' : 'zw-matrix__count zw-matrix__count--zero'}>{formatNumber(n, lang)}</span>
                                  <span className="kern-sr-only"> {t(`status.${s}`)}</span>
                                </td>
                              );
                            })}
                            <td className="kern-table__cell">{a ? a.agent.name : <em>{t('status.NONE')}</em>}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </TableRegion>
                {/* At narrow widths the matrix is a list per Dezernat: status in words, no columns to scroll. */}
                <ul className="zw-matrix-list" data-testid="dezernat-list" aria-label={t('start.office.matrixCaption', { year })}>
                  {units.map((u) => {
                    const a = byUnit.get(u.id);
                    return (
                      <li key={u.id} className="zw-matrix-list__item">
                        <span className="zw-matrix-list__unit">
                          {a ? (
                            <Link className="kern-link" href={paths.agreement(a.id)}>
                              {u.name}
                            </Link>
                          ) : (
                            u.name
                          )}
                        </span>
                        {a ? <StatusBadge status={a.status} /> : <em className="kern-body--muted">{t('status.NONE')}</em>}
                        {a ? <span className="kern-body--small">{t('agreement.agent')}: {a.agent.name}</span> : null}
                        {riskRows ? (
                          <span className="kern-body--small" data-testid="list-counts">
                            {t('start.office.listCounts', {
                              counts: statusOrder.filter((s) => (matrixCount(u.id, s) ?? 0) > 0).map((s) => `${t(`status.${s}`)} ${formatNumber(matrixCount(u.id, s), lang)}`).join(', ') || t('app.none'),
                            })}
                          </span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </section>
              <section aria-labelledby="budget-h" className="zw-section">
                <h2 id="budget-h" className="kern-heading-medium">
                  {t('start.office.budget')}
                </h2>
                {d.budgetComplianceByDezernat.length === 0 ? (
                  <Empty>{t('app.none')}</Empty>
                ) : (
                  <TableRegion label={t('start.office.budget')}>
                    <table className="kern-table kern-table--small">
                      <caption className="kern-sr-only">{t('start.office.budget')}</caption>
                      <thead className="kern-table__header">
                        <tr className="kern-table__row">
                          <th scope="col" className="kern-table__header">{t('agreement.unit')}</th>
                          <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.plan')}</th>
                          <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.actual')}</th>
                          <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.compliance')}</th>
                          <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.planned')} (HSP)</th>
                          <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.realised')} (HSP)</th>
                          <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.hspRate')}</th>
                        </tr>
                      </thead>
                      <tbody className="kern-table__body">
                        {d.budgetComplianceByDezernat.map((b) => (
                          <tr key={b.orgUnit.id} className="kern-table__row">
                            <th scope="row" className="kern-table__cell">{b.orgUnit.name}</th>
                            <td className="kern-table__cell kern-table__cell--numeric">{formatCents(b.figures.plan, lang)}</td>
                            <td className="kern-table__cell kern-table__cell--numeric">{b.figures.noData ? t('budget.noData') : formatCents(b.figures.actual, lang)}</td>
                            <td className="kern-table__cell kern-table__cell--numeric">{formatDegree(b.figures.adherence, lang)}</td>
                            <td className="kern-table__cell kern-table__cell--numeric">{formatCents(b.figures.hspPlanned, lang)}</td>
                            <td className="kern-table__cell kern-table__cell--numeric">{formatCents(b.figures.hspRealised, lang)}</td>
                            <td className="kern-table__cell kern-table__cell--numeric">{formatDegree(b.figures.hspRealisation, lang)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableRegion>
                )}
              </section>
              <RedKpis />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function RedKpis() {
  const { t } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: RedKpisDoc, variables: { year } });
  return (
    <section aria-labelledby="red-h" className="zw-section">
      <h2 id="red-h" className="kern-heading-medium">
        {t('start.office.red')}
      </h2>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => {
          const red = d.kpis.nodes;
          const total = d.kpis.totalCount;
          if (total === 0) return <Empty>{t('start.office.noRed')}</Empty>;
          return (
            <>
              <p className="kern-body" data-testid="red-count" data-total={total}>
                {t('start.office.redCount', { n: total })}
              </p>
              <ul className="zw-list" data-testid="red-kpis">
                {red.map((k) => (
                  <li key={k.id}>
                    <Light light="RED" degree={k.achievement.degree} compact />{' '}
                    <Link className="kern-link" href={paths.kpi(k.id)}>
                      {k.name}
                    </Link>
                    {k.goal ? <span className="kern-body--muted"> – {k.goal.orgUnit.name}</span> : null}
                  </li>
                ))}
                {total > red.length ? (
                  <li>
                    <Link className="kern-link" href={paths.kpis() + '?ampel=RED&bereich=alle'}>
                      {t('budget.showing', { n: red.length, total })} – {t('nav.kpis')}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function LeadershipCascade() {
  const { t } = useI18n();
  const { me, year } = useSession();
  const unit = me.ledUnits[0];
  const [res, re] = useQuery({ query: OverviewDoc, variables: { year, orgUnit: unit?.id ?? null } });
  return (
    <section aria-labelledby="cascade-h" className="zw-section">
      <h2 id="cascade-h" className="kern-heading-medium">
        {t('start.leadership.title')}
      </h2>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => {
          const rows = d.agreementStatusOverview;
          if (rows.length === 0) return <Empty>{t('start.none')}</Empty>;
          const all = cascadeProgress(sumCounts(rows));
          return (
            <>
              <p className="kern-body" data-testid="cascade-progress">
                {t('start.leadership.progress', { done: all.concluded, total: all.total })}
              </p>
              <progress className="kern-progress zw-progress" max={Math.max(all.total, 1)} value={all.concluded} aria-label={t('start.leadership.progress', { done: all.concluded, total: all.total })} />
              <TableRegion label={t('start.leadership.caption', { unit: unit?.name ?? '', year })}>
                <table className="kern-table kern-table--small" data-testid="cascade-table">
                  <caption className="kern-sr-only">{t('start.leadership.caption', { unit: unit?.name ?? '', year })}</caption>
                  <thead className="kern-table__header">
                    <tr className="kern-table__row">
                      <th scope="col" className="kern-table__header">{t('agreement.unit')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('app.total')}</th>
                      {statusOrder.map((s) => (
                        <th key={s} scope="col" className="kern-table__header kern-table__header--numeric">{t(`status.${s}`)}</th>
                      ))}
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('start.leadership.concluded')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('start.leadership.reviewed')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('start.leadership.assessed')}</th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {rows.map((r) => {
                      const p = cascadeProgress(r);
                      return (
                        <tr key={r.orgUnit.id} className="kern-table__row">
                          <th scope="row" className="kern-table__cell">{r.orgUnit.name}</th>
                          <td className="kern-table__cell kern-table__cell--numeric">{r.total}</td>
                          {statusOrder.map((s) => (
                            <td key={s} className="kern-table__cell kern-table__cell--numeric">{countOf(r, s as AgreementStatus) || ''}</td>
                          ))}
                          <td className="kern-table__cell kern-table__cell--numeric">{p.concluded}</td>
                          <td className="kern-table__cell kern-table__cell--numeric">{p.reviewed}</td>
                          <td className="kern-table__cell kern-table__cell--numeric">{p.assessed}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableRegion>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function MyAgreements({ role }: { role: 'AGENT' | 'PRINCIPAL' }) {
  const { t } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: MyAgreementsDoc, variables: { year, role } });
  const title = role === 'AGENT' ? t('start.manager.asAgent') : t('start.manager.asPrincipal');
  return (
    <section aria-labelledby={`my-${role}`} className="zw-section" data-testid={`my-agreements-${role.toLowerCase()}`}>
      <h2 id={`my-${role}`} className="kern-heading-medium">
        {title}
      </h2>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) =>
          d.agreements.nodes.length === 0 ? (
            <Empty>{t('start.none')}</Empty>
          ) : (
            <AgreementTable agreements={d.agreements.nodes} caption={title} />
          )
        }
      </QueryState>
    </section>
  );
}

const taskText: Record<string, { de: string; en: string }> = {
  PROPOSE: { de: 'Entwurf vervollständigen und vorschlagen', en: 'Complete and propose the draft' },
  SIGN: { de: 'Vorschlag prüfen und unterzeichnen', en: 'Review and sign the proposal' },
  REVIEW: { de: 'Zwischengespräch führen und erfassen', en: 'Hold and record the mid-year review' },
  SELF_ASSESS: { de: 'Selbsteinschätzung abgeben', en: 'Give your self-assessment' },
  ASSESS: { de: 'Abschließend bewerten', en: 'Give the final assessment' },
  CLOSE: { de: 'Bewertete Vereinbarung abschließen', en: 'Close the assessed agreement' },
  KPI_OVERDUE: { de: 'Kennzahlwert überfällig', en: 'KPI value overdue' },
  OFFICE_REVIEW: { de: 'Vorschlag für den OB prüfen (Büro OB)', en: "Review the proposal for the mayor (mayor's office)" },
  ACKNOWLEDGE: { de: 'Beurteilung bestätigen oder Einspruch einlegen', en: 'Acknowledge the assessment or object' },
  OBJECTION_ASSIGN: { de: 'Einspruch der Paritätischen Kommission zuweisen', en: 'Assign the objection to the joint commission' },
  OBJECTION_DECIDE: { de: 'Über den Einspruch entscheiden (Kommission)', en: 'Decide the objection (commission)' },
};

function MyTasks() {
  const { t, lang } = useI18n();
  const [res, re] = useQuery({ query: TasksDoc });
  return (
    <section aria-labelledby="tasks-h" className="zw-section">
      <h2 id="tasks-h" className="kern-heading-medium">
        {t('start.manager.tasks')}
      </h2>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) =>
          d.myTasks.length === 0 ? (
            <Empty>{t('start.manager.noTasks')}</Empty>
          ) : (
            <ul className="kern-task-list__list zw-tasks" data-testid="my-tasks">
              {d.myTasks.slice(0, 30).map((task, i) => (
                <li key={i} className="zw-task">
                  <span className="kern-badge kern-badge--info kern-badge--small">
                    <span className="kern-label">{taskText[task.kind]?.[lang] ?? task.kind}</span>
                  </span>{' '}
                  {task.agreement ? (
                    <Link className="kern-link" href={paths.agreement(task.agreement.id)}>
                      {task.agreement.orgUnit.name} {task.agreement.year}
                    </Link>
                  ) : task.kpi ? (
                    <Link className="kern-link" href={paths.kpi(task.kpi.id)}>
                      {task.kpi.name}
                    </Link>
                  ) : null}
                  {task.period ? <span className="kern-body--muted" data-testid="task-period"> – {formatPeriod(task.period, lang)}</span> : null}
                  {task.onBehalfOf ? <span className="kern-body--muted"> ({t('task.onBehalfOf', { name: task.onBehalfOf.name })})</span> : null}{' '}
                  <DueDate due={task.due} overdue={task.overdue} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

/** A member of the joint pay commission: the objections assigned to them, open first. */
function CommissionStart() {
  const { t } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: ObjectionsDoc, variables: { year }, requestPolicy: 'cache-and-network' });
  return (
    <>
      <YearHeader title={t('commission.startTitle')} />
      <p className="kern-body">{t('commission.startIntro')}</p>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => (
          <>
            <p className="kern-body" data-testid="commission-open-count">
              {t('commission.openCount', { n: d.objections.filter((c) => !c.objection?.decision).length, year })}
            </p>
            <ObjectionsTable cases={d.objections} />
          </>
        )}
      </QueryState>
    </>
  );
}

export default function StartPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const kind = startKind(me);
  return (
    <div data-start={kind} data-testid={`start-${kind}`}>
      {kind === 'office' ? <OfficeStart /> : null}
      {kind === 'leadership' ? (
        <>
          <YearHeader title={t('start.leadership.title')} create />
          <RiskOverview />
          <LeadershipCascade />
          <MyTasks />
          <MyAgreements role="AGENT" />
          <MyAgreements role="PRINCIPAL" />
        </>
      ) : null}
      {kind === 'manager' || kind === 'staff' ? (
        <>
          <YearHeader title={t('start.manager.title')} create />
          <MyTasks />
          <MyAgreements role="AGENT" />
          <MyAgreements role="PRINCIPAL" />
        </>
      ) : null}
      {kind === 'hr' ? <PayResults /> : null}
      {kind === 'commission' ? <CommissionStart /> : null}
      {kind === 'controlling' ? (
        <>
          <YearHeader title={t('start.controlling.title')} />
          <p className="kern-body">{t('start.controlling.text')}</p>
          <ul className="zw-list">
            <li><Link className="kern-link" href={paths.kpis()}>{t('nav.kpis')}</Link></li>
            <li><Link className="kern-link" href={paths.budget()}>{t('nav.budget')}</Link></li>
            <li><Link className="kern-link" href={paths.import()}>{t('nav.import')}</Link></li>
          </ul>
          <MyTasks />
        </>
      ) : null}
      <ReminderSetting />
    </div>
  );
}
