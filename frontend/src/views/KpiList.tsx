import { useState } from 'react';
import { kpiFilterFrom, kpiFilterSearch, type KpiFilter } from '../lib/kpiFilter';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { QueryState, Empty } from '../components/States';
import { YearSelect } from '../components/YearSelect';
import { Light, type TrafficLight } from '../components/Light';
import { Link, navigate, paths, useLocation } from '../lib/router';
import { formatDegree } from '../lib/format';
import { TableRegion } from '../components/TableRegion';

const KpisDoc = graphql(`
  query KpiList($year: Int!, $after: String, $light: TrafficLight, $orgUnit: ID, $overdue: Boolean, $unitId: ID!, $hasUnit: Boolean!) {
    unit: node(id: $unitId) @include(if: $hasUnit) {
      ... on OrgUnit {
        id
        name
      }
    }
    kpis(year: $year, light: $light, orgUnit: $orgUnit, overdue: $overdue, first: 100, after: $after) {
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
  const { years, year, setYear, me } = useSession();
  const loc = useLocation();
  const led = me.ledUnits;
  const f = kpiFilterFrom(new URLSearchParams(loc.search), led[0]?.id ?? null);
  const filter = f.light;
  const [after, setAfter] = useState<string[]>([]);
  const set = (next: Partial<KpiFilter>) => {
    setAfter([]);
    navigate(paths.kpis() + kpiFilterSearch({ ...f, ...next }, led[0]?.id ?? null), { replace: true });
  };
  const [res, re] = useQuery({
    query: KpisDoc,
    variables: {
      year,
      after: after[after.length - 1] ?? null,
      light: filter === 'ALL' ? null : filter,
      orgUnit: f.unit,
      overdue: f.overdue,
      unitId: f.unit ?? '',
      hasUnit: !!f.unit,
    },
  });
  const unitName = res.data?.unit && 'name' in res.data.unit ? res.data.unit.name : null;
  const unitOptions = [...led.map((u) => ({ id: u.id, name: u.name }))];
  if (f.unit && !unitOptions.some((u) => u.id === f.unit)) unitOptions.push({ id: f.unit, name: unitName ?? f.unit });
  return (
    <>
      <div className="zw-pagehead">
        <h1 className="kern-heading-large">{t('kpi.list')}</h1>
        <YearSelect years={years} value={year} onChange={setYear} />
      </div>
      <div className="zw-filters" data-testid="kpi-filters">
        <fieldset className="kern-fieldset zw-filter">
          <legend className="kern-label">{t('light.label')}</legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal">
            {lights.map((l) => (
              <div key={l} className="kern-form-check">
                <input className="kern-form-check__radio" type="radio" id={`light-${l}`} name="light" checked={filter === l} onChange={() => set({ light: l })} />
                <label className="kern-label" htmlFor={`light-${l}`}>{l === 'ALL' ? t('app.total') : t(`light.${l}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="kern-form-input zw-filter">
          <label className="kern-label" htmlFor="kpi-unit">{t('kpi.filterUnit')}</label>
          <div className="kern-form-input__select-wrapper">
            <select id="kpi-unit" className="kern-form-input__select" value={f.unit ?? ''} onChange={(e) => set({ unit: e.target.value || null })}>
              <option value="">{t('kpi.allUnits')}</option>
              {unitOptions.map((u, i) => (
                <option key={u.id} value={u.id}>{i < led.length ? `${t('kpi.myUnit')}: ${u.name}` : u.name}</option>
              ))}
            </select>
          </div>
        </div>
        <div className="kern-form-check zw-filter">
          <input className="kern-form-check__checkbox" type="checkbox" id="kpi-overdue" checked={f.overdue} onChange={(e) => set({ overdue: e.target.checked })} />
          <label className="kern-label" htmlFor="kpi-overdue">{t('kpi.overdueOnly')}</label>
        </div>
      </div>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => {
          const rows = d.kpis.nodes;
          return (
            <>
              <p className="kern-body" data-testid="kpi-count" data-total={d.kpis.totalCount}>{t('budget.showing', { n: d.kpis.nodes.length, total: d.kpis.totalCount })}</p>
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
