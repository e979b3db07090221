import { useQuery } from 'urql';
import { PayFairnessDoc } from '../../payDocs';
import type { PayFairnessQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n';
import { useSession } from '../../session';
import { formatDegree, formatNumber, formatPercent } from '../../lib/format';
import { PayLayout } from '../../components/PayLayout';
import { QueryState, Alert, Empty } from '../../components/States';
import { DataTable, type Column } from '../../components/DataTable';

type Fairness = PayFairnessQuery['payFairness'];
type Group = Fairness['dezernate'][number];

/** HR: degrees and points per Dezernat without names; small groups are not shown, units where everyone gets the same points are named. */
export default function PayFairnessPage() {
  const { t } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: PayFairnessDoc, variables: { year } });
  return (
    <PayLayout page="fairness" title={t('fairness.title', { year })}>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => <FairnessView f={d.payFairness} />}
      </QueryState>
    </PayLayout>
  );
}

function FairnessView({ f }: { f: Fairness }) {
  const { t, lang } = useI18n();
  const hidden = (g: Group, v: React.ReactNode) => (g.suppressed ? '' : v);
  const cols: Column<Group>[] = [
    { key: 'dez', label: t('risk.dezernat'), rowHeader: true, cell: (g) => g.dezernat.name },
    { key: 'people', label: t('payout.people'), numeric: true, cell: (g) => (g.suppressed ? <span data-testid="fairness-suppressed">{t('fairness.suppressed', { n: f.minGroupSize })}</span> : g.people) },
    { key: 'points', label: t('fairness.points'), cell: (g) => hidden(g, g.points.map((p) => t('payout.pointsPeople', { points: p.points, n: p.people })).join(', ')) },
    { key: 'exact', label: t('fairness.exactly100'), numeric: true, cell: (g) => hidden(g, formatDegree(g.exactly100Share, lang)) },
    { key: 'mean', label: t('fairness.meanDegree'), numeric: true, cell: (g) => hidden(g, formatPercent(g.meanDegree, lang)) },
    { key: 'range', label: t('fairness.range'), numeric: true, cell: (g) => hidden(g, `${formatPercent(g.minDegree, lang)} – ${formatPercent(g.maxDegree, lang)}`) },
    { key: 'meanPoints', label: t('fairness.meanPoints'), numeric: true, cell: (g) => hidden(g, formatNumber(g.meanPoints, lang, 2)) },
  ];
  return (
    <>
      <p className="kern-body">{t('fairness.intro', { n: f.minGroupSize })}</p>
      <section aria-labelledby="fair-h" className="zw-section">
        <h2 id="fair-h" className="kern-heading-medium">{t('fairness.byDezernat')}</h2>
        {f.dezernate.length === 0 ? (
          <Empty>{t('payout.noneIncluded')}</Empty>
        ) : (
          <DataTable caption={t('fairness.byDezernat')} testId="fairness" columns={cols} rows={f.dezernate} rowKey={(g) => g.dezernat.id} rowProps={(g) => ({ 'data-suppressed': g.suppressed ? 'true' : undefined })} />
        )}
      </section>
      <section aria-labelledby="even-h" className="zw-section">
        <h2 id="even-h" className="kern-heading-medium">{t('fairness.evenSpread')}</h2>
        {f.evenSpread.length === 0 ? (
          <Empty>{t('fairness.noEvenSpread')}</Empty>
        ) : (
          <Alert kind="warning" title={t('fairness.evenSpreadTitle', { n: f.evenSpread.length })}>
            <ul className="zw-list" data-testid="fairness-even">
              {f.evenSpread.map((e) => (
                <li key={e.unit.id}>{t('fairness.evenSpreadItem', { unit: e.unit.name, n: e.people, points: e.points })}</li>
              ))}
            </ul>
          </Alert>
        )}
      </section>
    </>
  );
}
