import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { QueryState, Empty } from '../components/States';
import { YearSelect } from '../components/YearSelect';
import { Chart, chartColors } from '../components/Chart';
import { formatCents, formatCentsCompact, formatDegree } from '../lib/format';
import { rate, savingsByYear } from '../lib/budget';
import RecordFigures from './RecordFigures';
import MeasureShortfalls from './MeasureShortfalls';
import { TableRegion } from '../components/TableRegion';

const DezernatDoc = graphql(`
  query BudgetByDezernat($year: Int!) {
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
      }
    }
  }
`);

const ProductsDoc = graphql(`
  query BudgetProducts($year: Int!, $after: String) {
    products(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        name
        orgUnit {
          id
          name
        }
        budgetLines(fromYear: $year, toYear: $year) {
          year
          plan
          forecast
          actual
          deviation
        }
      }
    }
  }
`);

const MeasuresDoc = graphql(`
  query BudgetMeasures($from: Int!, $to: Int!) {
    consolidationMeasures(first: 50) {
      totalCount
      nodes {
        id
        number
        title
        status
        orgUnit {
          id
          name
        }
        savings(fromYear: $from, toYear: $to) {
          year
          planned
          realised
          realisationRate
        }
      }
    }
  }
`);

function Exports() {
  const { t } = useI18n();
  const { year } = useSession();
  return (
    <section aria-labelledby="export-h" className="zw-section zw-noprint">
      <h2 id="export-h" className="kern-heading-medium">{t('budget.export')}</h2>
      <div className="kern-btn-wrapper zw-buttons">
        <a className="kern-btn kern-btn--secondary" href={`/api/export/status.csv?year=${year}`} download>
          <span className="kern-icon kern-icon--download" aria-hidden="true" /><span className="kern-label">{t('budget.exportStatusCsv')} {year}</span>
        </a>
        <a className="kern-btn kern-btn--secondary" href={`/api/export/status.xlsx?year=${year}`} download>
          <span className="kern-icon kern-icon--download" aria-hidden="true" /><span className="kern-label">{t('budget.exportStatusXlsx')} {year}</span>
        </a>
        <a className="kern-btn kern-btn--secondary" href="/api/export/kpis.csv" download>
          <span className="kern-icon kern-icon--download" aria-hidden="true" /><span className="kern-label">{t('budget.exportKpisCsv')}</span>
        </a>
        <a className="kern-btn kern-btn--secondary" href="/api/export/kpis.xlsx" download>
          <span className="kern-icon kern-icon--download" aria-hidden="true" /><span className="kern-label">{t('budget.exportKpisXlsx')}</span>
        </a>
      </div>
    </section>
  );
}

function ByDezernat() {
  const { t, lang } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: DezernatDoc, variables: { year } });
  return (
    <section aria-labelledby="dez-h" className="zw-section">
      <h2 id="dez-h" className="kern-heading-medium">{t('start.office.budget')}</h2>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => {
          const rows = d.budgetComplianceByDezernat;
          if (rows.length === 0) return <Empty>{t('app.none')}</Empty>;
          const names = rows.map((r) => r.orgUnit.code || r.orgUnit.name);
          const option = {
            color: [chartColors.plan, chartColors.actual],
            tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatCents(v, lang) },
            legend: { top: 0 },
            grid: { left: 90, right: 20, top: 40, bottom: 30 },
            xAxis: { type: 'category', data: names },
            yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatCentsCompact(v, lang) } },
            series: [
              { name: t('budget.plan'), type: 'bar', data: rows.map((r) => r.figures.plan) },
              { name: t('budget.actual'), type: 'bar', data: rows.map((r) => r.figures.actual) },
            ],
          };
          return (
            <>
              <Chart option={option} label={`${t('start.office.budget')} ${year}: ` + rows.map((r) => `${r.orgUnit.name}: ${t('budget.plan')} ${formatCents(r.figures.plan, lang)}, ${t('budget.actual')} ${formatCents(r.figures.actual, lang)}`).join('; ')} />
              <TableRegion label={`${t('start.office.budget')} ${year}`}>
                <table className="kern-table kern-table--small">
                  <caption className="kern-sr-only">{t('start.office.budget')} {year}</caption>
                  <thead className="kern-table__header">
                    <tr className="kern-table__row">
                      <th scope="col" className="kern-table__header">{t('agreement.unit')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.plan')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.actual')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.compliance')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">HSP {t('budget.planned')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">HSP {t('budget.realised')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.hspRate')}</th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {rows.map((r) => (
                      <tr key={r.orgUnit.id} className="kern-table__row">
                        <th scope="row" className="kern-table__cell">{r.orgUnit.name}</th>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatCents(r.figures.plan, lang)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{r.figures.noData ? t('budget.noData') : formatCents(r.figures.actual, lang)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatDegree(r.figures.adherence, lang)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatCents(r.figures.hspPlanned, lang)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatCents(r.figures.hspRealised, lang)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatDegree(r.figures.hspRealisation, lang)}</td>
                      </tr>
                    ))}
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

function Products() {
  const { t, lang } = useI18n();
  const { year } = useSession();
  const [after, setAfter] = useState<string[]>([]);
  const [res, re] = useQuery({ query: ProductsDoc, variables: { year, after: after[after.length - 1] ?? null } });
  return (
    <section aria-labelledby="prod-h" className="zw-section">
      <h2 id="prod-h" className="kern-heading-medium">{t('budget.products')} {year}</h2>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => (
          <>
            <p className="kern-body">{t('budget.showing', { n: d.products.nodes.length, total: d.products.totalCount })}</p>
            <TableRegion label={t('budget.productsRegion')} className="zw-scroll">
              <table className="kern-table kern-table--small" data-testid="products">
                <caption className="kern-sr-only">{t('budget.products')} {year}</caption>
                <thead className="kern-table__header">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">{t('budget.product')}</th>
                    <th scope="col" className="kern-table__header">{t('budget.unit')}</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.plan')}</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.forecast')}</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.actual')}</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.deviation')}</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {d.products.nodes.map((p) => {
                    const l = p.budgetLines[0];
                    return (
                      <tr key={p.id} className="kern-table__row">
                        <th scope="row" className="kern-table__cell">{p.number} {p.name}</th>
                        <td className="kern-table__cell">{p.orgUnit.name}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatCents(l?.plan, lang)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatCents(l?.forecast, lang)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatCents(l?.actual, lang)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatCents(l?.deviation, lang)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableRegion>
            <div className="kern-btn-wrapper">
              {after.length > 0 ? <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setAfter(after.slice(0, -1))}><span className="kern-label">{t('app.back')}</span></button> : null}
              {d.products.pageInfo.hasNextPage && d.products.pageInfo.endCursor ? (
                <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setAfter([...after, d.products.pageInfo.endCursor!])}><span className="kern-label">{t('app.more')}</span></button>
              ) : null}
            </div>
          </>
        )}
      </QueryState>
    </section>
  );
}

function Measures() {
  const { t, lang } = useI18n();
  const { years, year } = useSession();
  const from = years[0] ?? year - 5;
  const to = years[years.length - 1] ?? year;
  const [res, re] = useQuery({ query: MeasuresDoc, variables: { from, to } });
  const yearList = useMemo(() => {
    const l: number[] = [];
    for (let y = from; y <= to; y++) l.push(y);
    return l;
  }, [from, to]);
  return (
    <section aria-labelledby="hsp-h" className="zw-section">
      <h2 id="hsp-h" className="kern-heading-medium">{t('budget.measures')}</h2>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => {
          const ms = d.consolidationMeasures.nodes;
          if (ms.length === 0) return <Empty>{t('app.none')}</Empty>;
          const sums = savingsByYear(ms, yearList);
          const option = {
            color: [chartColors.plan, chartColors.realised],
            tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatCents(v, lang) },
            legend: { top: 0 },
            grid: { left: 90, right: 20, top: 40, bottom: 30 },
            xAxis: { type: 'category', data: yearList.map(String) },
            yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatCentsCompact(v, lang) } },
            series: [
              { name: t('budget.planned'), type: 'bar', data: sums.planned },
              { name: t('budget.realised'), type: 'bar', data: sums.realised },
            ],
          };
          return (
            <>
              <Chart option={option} label={`${t('budget.chartMeasures')}: ` + yearList.map((y, i) => `${y}: ${formatCents(sums.planned[i], lang)} / ${formatCents(sums.realised[i], lang)}`).join('; ')} />
              <TableRegion label={`${t('budget.measures')} ${year}`}>
                <table className="kern-table kern-table--small" data-testid="measures">
                  <caption className="kern-sr-only">{t('budget.measures')} {year}</caption>
                  <thead className="kern-table__header">
                    <tr className="kern-table__row">
                      <th scope="col" className="kern-table__header">{t('budget.measure')}</th>
                      <th scope="col" className="kern-table__header">{t('budget.unit')}</th>
                      <th scope="col" className="kern-table__header">{t('budget.status')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.planned')} {year}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.realised')} {year}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.rate')}</th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {ms.map((m) => {
                      const s = m.savings.find((x) => x.year === year);
                      return (
                        <tr key={m.id} className="kern-table__row">
                          <th scope="row" className="kern-table__cell">{m.number} {m.title}</th>
                          <td className="kern-table__cell">{m.orgUnit.name}</td>
                          <td className="kern-table__cell">{m.status === 'AT_RISK' ? <span aria-hidden="true">! </span> : null}{t(`measure.${m.status}`)}</td>
                          <td className="kern-table__cell kern-table__cell--numeric">{formatCents(s?.planned, lang)}</td>
                          <td className="kern-table__cell kern-table__cell--numeric">{formatCents(s?.realised, lang)}</td>
                          <td className="kern-table__cell kern-table__cell--numeric">{formatDegree(s ? rate(s.planned, s.realised) : null, lang)}</td>
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

export default function BudgetView() {
  const { t } = useI18n();
  const { me, years, year, setYear } = useSession();
  const [, bump] = useState(0);
  return (
    <>
      <div className="zw-pagehead">
        <h1 className="kern-heading-large">{t('budget.title')}</h1>
        <YearSelect years={years} value={year} onChange={setYear} />
      </div>
      <Exports />
      <ByDezernat />
      <Measures />
      <MeasureShortfalls />
      <Products />
      {me.viewerCanRecordFigures ? <RecordFigures onSaved={() => bump((n) => n + 1)} /> : null}
    </>
  );
}
