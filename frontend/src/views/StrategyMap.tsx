import { useEffect, useReducer } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { QueryState, Empty, Loading, ErrorState } from '../components/States';
import { YearSelect } from '../components/YearSelect';
import { Light } from '../components/Light';
import { Link, paths } from '../lib/router';
import { emptyTree, isOpen, treeReducer, type TreeAction, type TreeState } from '../lib/tree';
import { classify } from '../lib/errors';
import { formatDegree } from '../lib/format';
import { TableRegion } from '../components/TableRegion';

const StrategicDoc = graphql(`
  query StrategicGoals($year: Int!) {
    strategicGoals {
      id
      number
      title
      description
      achievement(year: $year) {
        light
        degree
        green
        yellow
        red
        noData
        worst
      }
    }
  }
`);

const GoalSummaryFragment = graphql(`
  fragment GoalSummary on Goal {
    id
    level
    title
    orgUnit {
      id
      name
    }
    achievement(year: $year) {
      light
      degree
      green
      yellow
      red
      noData
      worst
    }
    children(first: 1) {
      totalCount
    }
    kpis(first: 1) {
      totalCount
    }
  }
`);
void GoalSummaryFragment;

const SgChildrenDoc = graphql(`
  query StrategicGoalChildren($id: ID!, $year: Int!) {
    node(id: $id) {
      ... on StrategicGoal {
        id
        goals(year: $year, first: 50) {
          totalCount
          nodes {
            ...GoalSummary
          }
        }
      }
    }
  }
`);

const GoalChildrenDoc = graphql(`
  query GoalChildren($id: ID!, $year: Int!) {
    node(id: $id) {
      ... on Goal {
        id
        children(first: 50) {
          totalCount
          nodes {
            ...GoalSummary
          }
        }
        kpis(first: 50) {
          totalCount
          nodes {
            id
            name
            unit
            achievement(year: $year) {
              light
              degree
            }
          }
        }
      }
    }
  }
`);

const AlignmentDoc = graphql(`
  query Alignment($year: Int!) {
    alignmentReport(year: $year) {
      year
      unlinkedGoals(first: 30) {
        totalCount
        nodes {
          id
          title
          level
          orgUnit {
            id
            name
          }
        }
      }
      uncoveredStrategicGoals {
        id
        number
        title
      }
      coverage {
        orgUnit {
          id
          name
        }
        goals
        linkedGoals
        ratio
        strategicGoalsCovered
      }
    }
  }
`);

type Dispatch = (a: TreeAction) => void;

interface GoalSummary {
  id: string;
  level: 'DEZERNAT' | 'AMT' | 'PRODUCT';
  title: string;
  orgUnit: { name: string };
  achievement: { light: 'GREEN' | 'YELLOW' | 'RED' | 'NONE'; degree: number | null; green: number; yellow: number; red: number; noData: number; worst: 'GREEN' | 'YELLOW' | 'RED' | 'NONE' };
  children: { totalCount: number };
  kpis: { totalCount: number };
}


function NodeButton({ id, open, label, onToggle }: { id: string; open: boolean; label: string; onToggle: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="zw-toggle" aria-expanded={open} aria-controls={open ? `children-${id}` : undefined} onClick={onToggle}>
      <span aria-hidden="true" className="zw-toggle__icon">{open ? '▾' : '▸'}</span>
      <span className="kern-sr-only">{open ? t('strategy.collapse') : t('strategy.expand')}: </span>
      <span className="zw-toggle__label">{label}</span>
    </button>
  );
}

function Rollup({ a }: { a: GoalSummary['achievement'] }) {
  const { t } = useI18n();
  return (
    <span className="zw-rollup">
      <Light light={a.light} degree={a.degree} />
      <span className="kern-body--small kern-body--muted" data-testid="rollup" data-worst={a.worst}>
        {' '}
        {t('strategy.rollup', { green: a.green, yellow: a.yellow, red: a.red, none: a.noData })}
        {a.green + a.yellow + a.red > 1 ? ` · ${t('strategy.worst', { light: t(`light.${a.worst}`) })}` : ''}
      </span>
    </span>
  );
}

function GoalNode({ g, state, dispatch }: { g: GoalSummary; state: TreeState; dispatch: Dispatch }) {
  const { t } = useI18n();
  const open = isOpen(state, g.id);
  const hasChildren = g.children.totalCount + g.kpis.totalCount > 0;
  return (
    <li className="zw-tree__item" data-goal={g.id}>
      <div className="zw-tree__row">
        <div className="zw-tree__main">
          {hasChildren ? (
            <NodeButton id={g.id} open={open} label={g.title} onToggle={() => dispatch({ type: 'toggle', id: g.id })} />
          ) : (
            <span className="zw-toggle zw-toggle--leaf"><span aria-hidden="true" className="zw-toggle__icon">•</span> {g.title}</span>
          )}
          <span className="kern-body--small kern-body--muted zw-tree__meta">{t(`level.${g.level}`)} · {g.orgUnit.name}</span>
        </div>
        <Rollup a={g.achievement} />
      </div>
      {open ? <GoalChildren id={g.id} state={state} dispatch={dispatch} /> : null}
    </li>
  );
}

function GoalChildren({ id, state, dispatch }: { id: string; state: TreeState; dispatch: Dispatch }) {
  const { t, lang } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: GoalChildrenDoc, variables: { id, year } });
  useLoaded(id, res, dispatch);
  const node = res.data?.node && 'children' in res.data.node ? res.data.node : null;
  if (!node) return res.error ? <ErrorState error={classify(res.error)!} retry={() => re({ requestPolicy: 'network-only' })} /> : <Loading />;
  return (
    <div id={`children-${id}`} className="zw-tree__children">
      {node.children.nodes.length > 0 ? (
        <ul className="zw-tree" aria-label={t('strategy.goals')}>
          {node.children.nodes.map((c) => (
            <GoalNode key={c.id} g={c as GoalSummary} state={state} dispatch={dispatch} />
          ))}
        </ul>
      ) : null}
      {node.kpis.nodes.length > 0 ? (
        <ul className="zw-tree zw-tree--kpis" aria-label={t('strategy.kpis')}>
          {node.kpis.nodes.map((k) => (
            <li key={k.id} className="zw-tree__item zw-tree__kpi">
              <Light light={k.achievement.light} compact />{' '}
              <Link className="kern-link" href={paths.kpi(k.id)}>{k.name}</Link>{' '}
              <span className="kern-body--small kern-body--muted">({k.unit}) {formatDegree(k.achievement.degree, lang)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {node.children.nodes.length + node.kpis.nodes.length === 0 ? <Empty>{t('strategy.empty')}</Empty> : null}
    </div>
  );
}

function useLoaded(id: string, res: { fetching: boolean; data?: unknown; error?: unknown }, dispatch: Dispatch) {
  useEffect(() => {
    if (res.data) dispatch({ type: 'loaded', id });
    else if (res.error && !res.fetching) dispatch({ type: 'failed', id });
  }, [id, res.data, res.error, res.fetching, dispatch]);
}

function SgChildren({ id, state, dispatch }: { id: string; state: TreeState; dispatch: Dispatch }) {
  const { t } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: SgChildrenDoc, variables: { id, year } });
  useLoaded(id, res, dispatch);
  const node = res.data?.node && 'goals' in res.data.node ? res.data.node : null;
  if (!node) return res.error ? <ErrorState error={classify(res.error)!} retry={() => re({ requestPolicy: 'network-only' })} /> : <Loading />;
  return (
    <div id={`children-${id}`} className="zw-tree__children">
      {node.goals.nodes.length === 0 ? (
        <Empty>{t('strategy.empty')}</Empty>
      ) : (
        <ul className="zw-tree" aria-label={t('strategy.goals')}>
          {node.goals.nodes.map((g) => (
            <GoalNode key={g.id} g={g as GoalSummary} state={state} dispatch={dispatch} />
          ))}
        </ul>
      )}
    </div>
  );
}

function Alignment() {
  const { t, lang } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: AlignmentDoc, variables: { year } });
  return (
    <section aria-labelledby="align-h" className="zw-section">
      <h2 id="align-h" className="kern-heading-medium">{t('strategy.alignment')} {year}</h2>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => {
          const r = d.alignmentReport;
          return (
            <>
              <h3 className="kern-heading-small">{t('strategy.uncovered')}</h3>
              {r.uncoveredStrategicGoals.length === 0 ? (
                <Empty>{t('strategy.allCovered')}</Empty>
              ) : (
                <ul className="zw-list" data-testid="uncovered">
                  {r.uncoveredStrategicGoals.map((s) => (
                    <li key={s.id}>
                      <span aria-hidden="true">! </span>
                      {s.number}. {s.title}
                    </li>
                  ))}
                </ul>
              )}
              <h3 className="kern-heading-small">{t('strategy.coverage')}</h3>
              <TableRegion label={t('strategy.coverage')}>
                <table className="kern-table kern-table--small">
                  <caption className="kern-sr-only">{t('strategy.coverage')}</caption>
                  <thead className="kern-table__header">
                    <tr className="kern-table__row">
                      <th scope="col" className="kern-table__header">{t('agreement.unit')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('strategy.goals')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('strategy.linked')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('strategy.ratio')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('strategy.sgCovered')}</th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {r.coverage.map((c) => (
                      <tr key={c.orgUnit.id} className="kern-table__row">
                        <th scope="row" className="kern-table__cell">{c.orgUnit.name}</th>
                        <td className="kern-table__cell kern-table__cell--numeric">{c.goals}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{c.linkedGoals}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatDegree(c.ratio, lang)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{c.strategicGoalsCovered}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
              <h3 className="kern-heading-small">
                {t('strategy.unlinked')} ({r.unlinkedGoals.totalCount})
              </h3>
              {r.unlinkedGoals.nodes.length === 0 ? (
                <Empty>{t('strategy.allLinked')}</Empty>
              ) : (
                <ul className="zw-list">
                  {r.unlinkedGoals.nodes.map((g) => (
                    <li key={g.id}>
                      {g.title} <span className="kern-body--small kern-body--muted">– {t(`level.${g.level}`)}, {g.orgUnit.name}</span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

export default function StrategyMap() {
  const { t } = useI18n();
  const { years, year, setYear } = useSession();
  const [state, dispatch] = useReducer(treeReducer, emptyTree);
  const [res, re] = useQuery({ query: StrategicDoc, variables: { year } });
  return (
    <>
      <div className="zw-pagehead">
        <h1 className="kern-heading-large">{t('strategy.title')}</h1>
        <YearSelect years={years} value={year} onChange={setYear} />
      </div>
      <p className="kern-body">{t('strategy.intro')}</p>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => (
          <section aria-labelledby="tree-h" className="zw-section">
            <div className="zw-pagehead">
              <h2 id="tree-h" className="kern-heading-medium">{t('strategy.goals')}</h2>
              <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => dispatch({ type: 'collapseAll' })}>
                <span className="kern-label">{t('strategy.collapseAll')}</span>
              </button>
            </div>
            <ul className="zw-tree zw-tree--root" data-testid="strategy-tree">
              {d.strategicGoals.map((s) => {
                const open = isOpen(state, s.id);
                return (
                  <li key={s.id} className="zw-tree__item zw-tree__sg">
                    <div className="zw-tree__row">
                      <div className="zw-tree__main">
                        <NodeButton id={s.id} open={open} label={`${s.number}. ${s.title}`} onToggle={() => dispatch({ type: 'toggle', id: s.id })} />
                      </div>
                      <Rollup a={s.achievement} />
                    </div>
                    {open ? <SgChildren id={s.id} state={state} dispatch={dispatch} /> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </QueryState>
      <Alignment />
    </>
  );
}
