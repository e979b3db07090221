import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { PayoutDoc } from '../../payDocs';
import type { PayoutSimulationQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n';
import { useSession } from '../../session';
import { Link, paths } from '../../lib/router';
import { formatCents, formatNumber, formatPercent } from '../../lib/format';
import { addsUpToPot, sortRows, sumCents, type SortKey } from '../../lib/payout';
import { PayLayout } from '../../components/PayLayout';
import { QueryState, Alert, Empty } from '../../components/States';
import { DataTable, type Column } from '../../components/DataTable';
import { Chart, chartColors } from '../../components/Chart';

type Payout = PayoutSimulationQuery['payoutSimulation'];
type Row = Payout['rows'][number];

/** HR: the payout of the year under its scheme, from the assessments as they stand. */
export default function PaySimulationPage() {
  const { t } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: PayoutDoc, variables: { year }, requestPolicy: 'cache-and-network' });
  return (
    <PayLayout page="simulation" title={t('payout.title', { year })}>
      <p className="kern-body">{t('payout.intro')}</p>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => <PayoutView p={d.payoutSimulation} />}
      </QueryState>
    </PayLayout>
  );
}

function PayoutView({ p }: { p: Payout }) {
  const { t, lang } = useI18n();
  const included = p.rows.filter((r) => r.state === 'INCLUDED');
  return (
    <>
      {!p.scheme.stored ? (
        <Alert kind="warning" title={t('payout.noScheme')}>
          <p className="kern-body">
            <Link className="kern-link" href={paths.payScheme()}>{t('payout.toScheme')}</Link>
          </p>
        </Alert>
      ) : null}
      <dl className="kern-description-list zw-facts" data-testid="payout-totals">
        <Fact label={t('payout.pot')} value={formatCents(p.pot, lang)} testId="payout-pot" />
        <Fact label={t('payout.total')} value={formatCents(p.total, lang)} testId="payout-total" />
        <Fact label={t('payout.pointValue')} value={formatCents(Math.round(p.pointValueCents * 100) / 100, lang)} testId="payout-point-value" />
        <Fact label={t('payout.weightedPoints')} value={formatNumber(p.totalWeightedPoints, lang, 4)} />
        <Fact label={t('payout.pending')} value={String(p.pending)} testId="payout-pending" />
        <Fact label={t('payout.openObjections')} value={String(p.openObjections)} testId="payout-open-objections" />
      </dl>
      {included.length > 0 ? (
        <p className="kern-body" data-testid="payout-exact">
          {addsUpToPot(included, p.pot) ? t('payout.exact') : t('payout.notExact', { sum: formatCents(sumCents(included), lang) })}
        </p>
      ) : null}
      <Distribution p={p} />
      <Groups p={p} />
      <Rows rows={p.rows} />
    </>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value" data-testid={testId}>{value}</dd>
    </div>
  );
}

/** People per points value: a bar chart with the same figures as a table. */
export function PointsDistribution({ title, points, testId }: { title: string; points: readonly { points: number; people: number }[]; testId: string }) {
  const { t, lang } = useI18n();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', name: t('payResults.points'), data: points.map((d) => String(d.points)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: t('payout.people'), type: 'bar', itemStyle: { color: chartColors.plan }, data: points.map((d) => d.people) }],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [points, lang],
  );
  if (points.length === 0) return <Empty>{t('payout.noneIncluded')}</Empty>;
  const summary = points.map((d) => t('payout.pointsPeople', { points: d.points, n: d.people })).join(', ');
  const cols: Column<{ points: number; people: number }>[] = [
    { key: 'points', label: t('payResults.points'), rowHeader: true, cell: (d) => d.points },
    { key: 'people', label: t('payout.people'), numeric: true, cell: (d) => d.people },
  ];
  return (
    <div className="zw-chart-pair">
      <Chart option={option} label={`${title}: ${summary}`} height={240} />
      <DataTable caption={title} columns={cols} rows={points} rowKey={(d) => String(d.points)} testId={testId} />
    </div>
  );
}

function Distribution({ p }: { p: Payout }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="dist-h" className="zw-section">
      <h2 id="dist-h" className="kern-heading-medium">{t('payout.distribution')}</h2>
      <PointsDistribution title={t('payout.distribution')} points={p.distribution} testId="payout-distribution" />
    </section>
  );
}

type GroupSums = { people: number; weightedPoints: number; cents: number };

function Groups({ p }: { p: Payout }) {
  const { t, lang } = useI18n();
  const cols = <G extends GroupSums>(first: Column<G>): Column<G>[] => [
    first,
    { key: 'people', label: t('payout.people'), numeric: true, cell: (g) => g.people },
    { key: 'wp', label: t('payout.weightedPoints'), numeric: true, cell: (g) => formatNumber(g.weightedPoints, lang, 4) },
    { key: 'cents', label: t('payout.amount'), numeric: true, cell: (g) => formatCents(g.cents, lang) },
  ];
  return (
    <section aria-labelledby="groups-h" className="zw-section">
      <h2 id="groups-h" className="kern-heading-medium">{t('payout.groups')}</h2>
      <h3 className="kern-heading-small">{t('payout.byDezernat')}</h3>
      {p.byDezernat.length === 0 ? (
        <Empty>{t('payout.noneIncluded')}</Empty>
      ) : (
        <DataTable
          caption={t('payout.byDezernat')}
          testId="payout-by-dezernat"
          rows={p.byDezernat}
          rowKey={(g) => g.dezernat?.id ?? '-'}
          columns={cols<Payout['byDezernat'][number]>({ key: 'name', label: t('risk.dezernat'), rowHeader: true, cell: (g) => g.dezernat?.name ?? '–' })}
        />
      )}
      <h3 className="kern-heading-small">{t('payout.byPayRule')}</h3>
      {p.byPayRule.length === 0 ? (
        <Empty>{t('payout.noneIncluded')}</Empty>
      ) : (
        <DataTable
          caption={t('payout.byPayRule')}
          testId="payout-by-rule"
          rows={p.byPayRule}
          rowKey={(g) => g.payRule ?? '-'}
          columns={cols<Payout['byPayRule'][number]>({ key: 'rule', label: t('agreement.payRule'), rowHeader: true, cell: (g) => (g.payRule ? t(`pay.${g.payRule}`) : '–') })}
        />
      )}
    </section>
  );
}

function Rows({ rows }: { rows: readonly Row[] }) {
  const { t, lang } = useI18n();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'name', desc: false });
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.desc, lang), [rows, sort, lang]);
  const aria = (k: SortKey) => (sort.key === k ? (sort.desc ? 'descending' : 'ascending') : 'none');
  const head = (k: SortKey, label: string) => (
    <button type="button" className="zw-sort" onClick={() => setSort({ key: k, desc: sort.key === k ? !sort.desc : k === 'cents' || k === 'points' })}>
      {label}
      <span aria-hidden="true">{sort.key === k ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
    </button>
  );
  const cols: Column<Row>[] = [
    { key: 'name', label: head('name', t('payResults.person')), rowHeader: true, sort: aria('name'), cell: (r) => r.person.name },
    { key: 'unit', label: head('unit', t('agreement.unit')), sort: aria('unit'), cell: (r) => <Link className="kern-link" href={paths.agreement(r.agreement.id)}>{r.agreement.orgUnit.name}</Link> },
    { key: 'degree', label: t('agreement.totalDegree'), numeric: true, cell: (r) => formatPercent(r.totalDegree, lang) },
    { key: 'points', label: head('points', t('payResults.points')), numeric: true, sort: aria('points'), cell: (r) => r.points },
    { key: 'factor', label: t('payout.factor'), numeric: true, cell: (r) => formatNumber(r.factor, lang, 4) },
    { key: 'wp', label: t('payout.weightedPoints'), numeric: true, cell: (r) => formatNumber(r.weightedPoints, lang, 4) },
    { key: 'cents', label: head('cents', t('payout.amount')), numeric: true, sort: aria('cents'), cell: (r) => formatCents(r.cents, lang) },
    { key: 'state', label: t('payout.state'), cell: (r) => t(`payout.state.${r.state}`) },
    { key: 'objection', label: t('payout.objection'), cell: (r) => (r.objectionOpen ? <span className="kern-badge kern-badge--warning kern-badge--small"><span className="kern-label">{t('payout.objectionOpen')}</span></span> : '') },
  ];
  return (
    <section aria-labelledby="rows-h" className="zw-section">
      <h2 id="rows-h" className="kern-heading-medium">{t('payout.rows')}</h2>
      <p className="kern-body kern-body--small kern-body--muted">{t('payout.sortHint')}</p>
      {rows.length === 0 ? (
        <Empty>{t('payout.noRows')}</Empty>
      ) : (
        <DataTable caption={t('payout.rows')} testId="payout-rows" columns={cols} rows={sorted} rowKey={(r) => r.agreement.id} rowProps={(r) => ({ 'data-state': r.state, 'data-agreement': r.agreement.id, 'data-cents': String(r.cents) })} />
      )}
    </section>
  );
}
