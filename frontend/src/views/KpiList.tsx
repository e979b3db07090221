import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { QueryState, Empty } from '../components/States';
import { YearSelect } from '../components/YearSelect';
import { Light, type TrafficLight } from '../components/Light';
import { Link, paths } from '../lib/router';
import { formatDegree } from '../lib/format';
import { TableRegion } from '../components/TableRegion';

const KpisDoc = graphql(`
  query KpiList($year: Int!, $after: String) {
    kpis(first: 100, after: $after) {
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

const lights: (TrafficLight | 'ALL')[] = ['ALL', 'RED', 'YELLOW', 'GREEN', 'NONE'];

export default function KpiList() {
  const { t, lang } = useI18n();
  const { years, year, setYear } = useSession();
  const initial = new URLSearchParams(window.location.search).get('ampel');
  const [filter, setFilter] = useState<TrafficLight | 'ALL'>((lights as string[]).includes(initial ?? '') ? (initial as TrafficLight) : 'ALL');
  const [after, setAfter] = useState<string[]>([]);
  const [res, re] = useQuery({ query: KpisDoc, variables: { year, after: after[after.length - 1] ?? null } });
  return (
    <>
      <div className="zw-pagehead">
        <h1 className="kern-heading-large">{t('kpi.list')}</h1>
        <YearSelect years={years} value={year} onChange={setYear} />
      </div>
      <fieldset className="kern-fieldset zw-filter">
        <legend className="kern-label">{t('light.label')}</legend>
        <div className="kern-fieldset__body kern-fieldset__body--horizontal">
          {lights.map((l) => (
            <div key={l} className="kern-form-check">
              <input className="kern-form-check__radio" type="radio" id={`light-${l}`} name="light" checked={filter === l} onChange={() => setFilter(l)} />
              <label className="kern-label" htmlFor={`light-${l}`}>{l === 'ALL' ? t('app.total') : t(`light.${l}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => {
          const rows = d.kpis.nodes.filter((k) => filter === 'ALL' || k.achievement.light === filter);
          return (
            <>
              <p className="kern-body">{t('budget.showing', { n: d.kpis.nodes.length, total: d.kpis.totalCount })}</p>
              {rows.length === 0 ? (
                <Empty>{t('app.none')}</Empty>
              ) : (
                <TableRegion label={`${t('kpi.list')} ${year}`}>
                  <table className="kern-table kern-table--small">
                    <caption className="kern-sr-only">{t('kpi.list')} {year}</caption>
                    <thead className="kern-table__header">
                      <tr className="kern-table__row">
                        <th scope="col" className="kern-table__header">{t('kpi.name')}</th>
                        <th scope="col" className="kern-table__header">{t('kpi.unit')}</th>
                        <th scope="col" className="kern-table__header">{t('light.label')}</th>
                        <th scope="col" className="kern-table__header kern-table__header--numeric">{t('agreement.degree')}</th>
                        <th scope="col" className="kern-table__header">{t('kpi.goal')}</th>
                      </tr>
                    </thead>
                    <tbody className="kern-table__body">
                      {rows.map((k) => (
                        <tr key={k.id} className="kern-table__row">
                          <th scope="row" className="kern-table__cell"><Link className="kern-link" href={paths.kpi(k.id)}>{k.name}</Link></th>
                          <td className="kern-table__cell">{k.unit}</td>
                          <td className="kern-table__cell"><Light light={k.achievement.light} /></td>
                          <td className="kern-table__cell kern-table__cell--numeric">{formatDegree(k.achievement.degree, lang)}</td>
                          <td className="kern-table__cell">{k.goal ? `${k.goal.title} (${k.goal.orgUnit.name})` : '–'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableRegion>
              )}
              <div className="kern-btn-wrapper">
                {after.length > 0 ? (
                  <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setAfter(after.slice(0, -1))}><span className="kern-label">{t('app.back')}</span></button>
                ) : null}
                {d.kpis.pageInfo.hasNextPage && d.kpis.pageInfo.endCursor ? (
                  <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setAfter([...after, d.kpis.pageInfo.endCursor!])}><span className="kern-label">{t('app.more')}</span></button>
                ) : null}
              </div>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
