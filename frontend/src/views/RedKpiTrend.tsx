import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { QueryState } from '../components/States';
import { TableRegion } from '../components/TableRegion';
import { Chart } from '../components/Chart';
import { formatNumber } from '../lib/format';
import { formatPeriod } from '../lib/period';

const TrendDoc = graphql(`
  query RedKpiTrend($year: Int!) {
    redKpiTrend(year: $year) {
      year
      quarter
      red
      rated
    }
  }
`);

/** Red of the traffic light, with enough contrast against white. */
const red = '#b91c1c';

/**
 * The red-KPI trend of the risk view: per quarter of the year the number of
 * KPIs the server rates red, as a bar chart with the same figures in a
 * table. Shows nothing for viewers the server refuses.
 */
export function RedKpiTrend() {
  const { t, lang } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: TrendDoc, variables: { year } });
  const rows = res.data?.redKpiTrend ?? [];
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => formatPeriod(r, lang)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: t('risk.trendRed'), type: 'bar', itemStyle: { color: red }, data: rows.map((r) => r.red) }],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [res.data, lang],
  );
  if (res.error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN')) return null;
  const title = t('risk.trendTitle', { year });
  const summary = rows.map((r) => `${formatPeriod(r, lang)}: ${t('risk.redOf', { n: formatNumber(r.red, lang), kpis: formatNumber(r.rated, lang) })}`).join('; ');
  return (
    <section aria-labelledby="trend-h" className="zw-section" data-testid="red-kpi-trend">
      <h3 id="trend-h" className="kern-heading-small">{title}</h3>
      <p className="kern-body kern-body--muted">{t('risk.trendIntro')}</p>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {() => (
          <>
            <Chart option={option} label={`${title}: ${summary}`} height={240} />
            <TableRegion label={title}>
              <table className="kern-table kern-table--small" data-testid="red-kpi-trend-table">
                <caption className="kern-sr-only">{title}</caption>
                <thead className="kern-table__header">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">{t('risk.trendQuarter')}</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t('risk.trendRed')}</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t('risk.trendRated')}</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {rows.map((r) => (
                    <tr key={r.quarter} className="kern-table__row" data-quarter={r.quarter}>
                      <th scope="row" className="kern-table__cell">{formatPeriod(r, lang)}</th>
                      <td className="kern-table__cell kern-table__cell--numeric" data-col="red">{formatNumber(r.red, lang)}</td>
                      <td className="kern-table__cell kern-table__cell--numeric" data-col="rated">{formatNumber(r.rated, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </>
        )}
      </QueryState>
    </section>
  );
}
