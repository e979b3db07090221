import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { Link, paths } from '../lib/router';
import { QueryState, Empty } from '../components/States';
import { TableRegion } from '../components/TableRegion';
import { Chart } from '../components/Chart';
import { statusOrder } from '../lib/agreements';
import { formatCents, formatNumber } from '../lib/format';
import { RedKpiTrend } from './RedKpiTrend';

export const RiskDoc = graphql(`
  query RiskOverview($year: Int!) {
    riskOverview(year: $year) {
      dezernat {
        id
        code
        name
      }
      counts {
        status
        count
      }
      agreements
      notAgreed
      overdue
      kpis
      redKpis
      shortfall
    }
  }
`);

/** One colour per status, each with enough contrast against white. */
const statusColors: Record<string, string> = {
  DRAFT: '#6b7280',
  PROPOSED: '#b45309',
  AGREED: '#1d4f91',
  REVIEWED: '#6b21a8',
  ASSESSED: '#0f766e',
  CLOSED: '#166534',
};

/** The red KPIs of a Dezernat in the KPI list (filters in the URL). */
export function redKpisHref(unitId: string): string {
  return `${paths.kpis()}?ampel=RED&bereich=${encodeURIComponent(unitId)}`;
}

/**
 * Risks per Dezernat for the OB, the office and leadership: agreements per
 * status as a stacked bar with the same figures in a table, agreements not
 * in force, red KPIs (linked to the KPI list) and the HSP shortfall. Shows
 * nothing for viewers the server refuses.
 */
export function RiskOverview() {
  const { t, lang } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: RiskDoc, variables: { year } });
  const rows = res.data?.riskOverview ?? [];
  const count = (r: (typeof rows)[number], s: string) => r.counts.find((c) => c.status === s)?.count ?? 0;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 48, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.dezernat.code || r.dezernat.name) },
      series: statusOrder.map((s) => ({
        name: t(`status.${s}`),
        type: 'bar',
        stack: 'status',
        itemStyle: { color: statusColors[s] },
        data: rows.map((r) => count(r, s)),
      })),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [res.data, lang],
  );
  if (res.error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN')) return null;
  const title = t('risk.title', { year });
  const summary = rows.map((r) => `${r.dezernat.name}: ` + statusOrder.map((s) => `${t(`status.${s}`)} ${count(r, s)}`).join(', ')).join('; ');
  return (
    <section aria-labelledby="risk-h" className="zw-section" data-testid="risk-overview">
      <h2 id="risk-h" className="kern-heading-medium">{title}</h2>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {() =>
          rows.length === 0 ? (
            <Empty>{t('app.none')}</Empty>
          ) : (
            <>
              <Chart option={option} label={`${t('risk.chart')}: ${summary}`} height={Math.max(200, rows.length * 40 + 80)} />
              <TableRegion label={title}>
                <table className="kern-table kern-table--small" data-testid="risk-table">
                  <caption className="kern-sr-only">{title}</caption>
                  <thead className="kern-table__header">
                    <tr className="kern-table__row">
                      <th scope="col" className="kern-table__header">{t('risk.dezernat')}</th>
                      {statusOrder.map((s) => (
                        <th key={s} scope="col" className="kern-table__header kern-table__header--numeric">{t(`status.${s}`)}</th>
                      ))}
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('risk.notAgreed')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('risk.overdue')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('risk.redKpis')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('risk.shortfall')}</th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {rows.map((r) => (
                      <tr key={r.dezernat.id} className="kern-table__row" data-unit={r.dezernat.id}>
                        <th scope="row" className="kern-table__cell">{r.dezernat.name}</th>
                        {statusOrder.map((s) => (
                          <td key={s} className="kern-table__cell kern-table__cell--numeric" data-status={s}>{formatNumber(count(r, s), lang)}</td>
                        ))}
                        <td className="kern-table__cell kern-table__cell--numeric" data-col="notAgreed">{formatNumber(r.notAgreed, lang)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric" data-col="overdue">
                          {r.overdue > 0 ? <strong className="zw-due--overdue">{t('risk.overdueCount', { n: formatNumber(r.overdue, lang) })}</strong> : '0'}
                        </td>
                        <td className="kern-table__cell kern-table__cell--numeric" data-col="redKpis">
                          {r.redKpis > 0 ? (
                            <Link className="kern-link" href={redKpisHref(r.dezernat.id)} aria-label={t('risk.redKpisOf', { n: r.redKpis, kpis: r.kpis, unit: r.dezernat.name })}>
                              {t('risk.redOf', { n: formatNumber(r.redKpis, lang), kpis: formatNumber(r.kpis, lang) })}
                            </Link>
                          ) : (
                            t('risk.redOf', { n: '0', kpis: formatNumber(r.kpis, lang) })
                          )}
                        </td>
                        <td className="kern-table__cell kern-table__cell--numeric" data-col="shortfall">{formatCents(r.shortfall, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            </>
          )
        }
      </QueryState>
      <RedKpiTrend />
    </section>
  );
}
