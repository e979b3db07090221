import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { PayExportsDoc } from '../../payDocs';
import type { PayExportsQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n';
import { useSession } from '../../session';
import { formatCents, formatDateTime } from '../../lib/format';
import { PayLayout } from '../../components/PayLayout';
import { QueryState, Alert, Empty } from '../../components/States';
import { DataTable, type Column } from '../../components/DataTable';
import { ConfirmDialog } from '../../components/ConfirmDialog';

type Export = PayExportsQuery['payExports'][number];
type Format = 'csv' | 'xlsx';

/** The address of the payroll file of a year; every download is recorded on the server. */
export function payrollHref(format: Format, year: number): string {
  return `/api/export/pay.${format}?year=${year}`;
}

/** HR: the hand-off to payroll, a recorded download of the year's payout, and the history of those downloads. */
export default function PayExportPage() {
  const { t } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: PayExportsDoc, variables: { year }, requestPolicy: 'cache-and-network' });
  const [asking, setAsking] = useState<Format | null>(null);
  const [started, setStarted] = useState<Format | null>(null);

  // The file is recorded while it downloads: the history is fetched again shortly after.
  useEffect(() => {
    if (!started) return;
    const timer = setTimeout(() => re({ requestPolicy: 'network-only' }), 1500);
    return () => clearTimeout(timer);
  }, [started, re]);

  const download = (f: Format) => {
    const a = document.createElement('a');
    a.href = payrollHref(f, year);
    a.download = '';
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setAsking(null);
    setStarted(f);
  };

  return (
    <PayLayout page="export" title={t('payExport.title', { year })}>
      <p className="kern-body">{t('payExport.intro')}</p>
      <div className="kern-btn-wrapper">
        {(['csv', 'xlsx'] as const).map((f) => (
          <button key={f} type="button" className="kern-btn kern-btn--primary" onClick={() => setAsking(f)} data-testid={`pay-export-${f}`}>
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            <span className="kern-label">{t(`payExport.${f}`)}</span>
          </button>
        ))}
      </div>
      <div aria-live="polite">
        {started ? <Alert kind="success" title={t('payExport.started', { format: started.toUpperCase(), year })} live /> : null}
      </div>
      {asking ? (
        <ConfirmDialog title={t('payExport.confirmTitle', { year })} confirmLabel={t('payExport.confirmOk', { format: asking.toUpperCase() })} onConfirm={() => download(asking)} onCancel={() => setAsking(null)} testId="confirm-pay-export">
          <p className="kern-body">{t('payExport.confirmText', { year })}</p>
        </ConfirmDialog>
      ) : null}
      <section aria-labelledby="exports-h" className="zw-section">
        <h2 id="exports-h" className="kern-heading-medium">{t('payExport.history')}</h2>
        <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
          {(d) => <ExportHistory list={d.payExports} />}
        </QueryState>
      </section>
    </PayLayout>
  );
}

function ExportHistory({ list }: { list: readonly Export[] }) {
  const { t, lang } = useI18n();
  if (list.length === 0) return <Empty>{t('payExport.none')}</Empty>;
  const cols: Column<Export>[] = [
    { key: 'at', label: t('payExport.at'), rowHeader: true, cell: (e) => formatDateTime(e.at, lang) },
    { key: 'by', label: t('payExport.by'), cell: (e) => e.by?.name ?? '–' },
    { key: 'format', label: t('payExport.format'), cell: (e) => e.format.toUpperCase() },
    { key: 'rows', label: t('payExport.rows'), numeric: true, cell: (e) => e.rows },
    { key: 'total', label: t('payExport.total'), numeric: true, cell: (e) => formatCents(e.total, lang) },
  ];
  return <DataTable caption={t('payExport.history')} testId="pay-exports" columns={cols} rows={list} rowKey={(e) => e.id} />;
}
