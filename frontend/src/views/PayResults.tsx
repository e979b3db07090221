import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { Link, paths } from '../lib/router';
import { formatPercent } from '../lib/format';
import { classify, errorMessage, type AppError } from '../lib/errors';
import { downloadText, payResultsCsv, type PayResultRow } from '../lib/payResults';
import { QueryState, Empty, Alert } from '../components/States';
import { YearSelect } from '../components/YearSelect';
import { StatusBadge } from '../components/StatusBadge';
import { TableRegion } from '../components/TableRegion';
import { PaySubNav } from '../components/PayLayout';

const PAGE = 50;

export const PayResultsDoc = graphql(`
  query PayResults($year: Int!, $first: Int!, $after: String) {
    payResults(year: $year, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        year
        payRule
        totalDegree
        points
        person {
          id
          name
          position
        }
        agreement {
          id
          status
          orgUnit {
            id
            name
          }
        }
      }
    }
  }
`);

/** HR's start page and the "Leistungsentgelt" view: the assessment results of pay-relevant agreements. */
export default function PayResults() {
  const { t, lang } = useI18n();
  const { years, year, setYear } = useSession();
  const client = useClient();
  const [after, setAfter] = useState<string[]>([]);
  const [csvBusy, setCsvBusy] = useState(false);
  const [csvError, setCsvError] = useState<AppError | null>(null);
  const [res, re] = useQuery({ query: PayResultsDoc, variables: { year, first: PAGE, after: after[after.length - 1] ?? null } });

  /** Loads every page of the year (not only the one shown) and offers it as a CSV file. */
  const exportCsv = async () => {
    setCsvBusy(true);
    setCsvError(null);
    const rows: PayResultRow[] = [];
    let cursor: string | null = null;
    try {
      for (let page = 0; page < 100; page++) {
        const r = await client.query(PayResultsDoc, { year, first: 100, after: cursor }, { requestPolicy: 'network-only' }).toPromise();
        if (r.error || !r.data) {
          setCsvError(classify(r.error) ?? { code: 'NETWORK' });
          return;
        }
        rows.push(...r.data.payResults.nodes);
        if (!r.data.payResults.pageInfo.hasNextPage || !r.data.payResults.pageInfo.endCursor) break;
        cursor = r.data.payResults.pageInfo.endCursor;
      }
      const csv = payResultsCsv(rows, lang, {
        year: t('app.year'),
        name: t('payResults.person'),
        position: t('payResults.position'),
        unit: t('agreement.unit'),
        payRule: t('agreement.payRule'),
        totalDegree: `${t('agreement.totalDegree')} (%)`,
        points: t('payResults.points'),
        rule: (r) => t(`pay.${r}`),
      });
      downloadText(t('payResults.csvFile', { year }), csv);
    } finally {
      setCsvBusy(false);
    }
  };

  return (
    <div data-testid="pay-results-view">
      <PaySubNav page="results" />
      <div className="zw-pagehead">
        <h1 className="kern-heading-large">{t('payResults.title')}</h1>
        <YearSelect
          years={years}
          value={year}
          onChange={(y) => {
            setAfter([]);
            setYear(y);
          }}
        />
      </div>
      <p className="kern-body">{t('payResults.intro')}</p>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => {
          const rows = d.payResults.nodes;
          if (rows.length === 0 && after.length === 0) return <Empty>{t('payResults.empty', { year })}</Empty>;
          return (
            <>
              <div className="zw-pagehead zw-pagehead--tools">
                <p className="kern-body" data-testid="pay-results-count">
                  {t(d.payResults.totalCount === 1 ? 'payResults.countOne' : 'payResults.count', { n: d.payResults.totalCount, year })}
                  {d.payResults.totalCount > rows.length ? ` – ${t('budget.showing', { n: rows.length, total: d.payResults.totalCount })}` : ''}
                </p>
                <button type="button" className="kern-btn kern-btn--secondary" data-testid="pay-results-csv" disabled={csvBusy} onClick={() => void exportCsv()}>
                  <span className="kern-icon kern-icon--download" aria-hidden="true" />
                  <span className="kern-label">{csvBusy ? t('payResults.csvBusy') : t('payResults.csv')}</span>
                </button>
                <a className="kern-btn kern-btn--secondary" data-testid="pay-results-xlsx" href={`/api/export/pay-results.xlsx?year=${year}`} download>
                  <span className="kern-icon kern-icon--download" aria-hidden="true" />
                  <span className="kern-label">{t('payResults.xlsx')}</span>
                </a>
              </div>
              <div aria-live="polite">
                {csvError ? (
                  <Alert kind="danger" title={t('error.title')} live>
                    <p className="kern-body">{errorMessage(csvError, lang)}</p>
                  </Alert>
                ) : null}
              </div>
              <TableRegion label={t('payResults.caption', { year })}>
                <table className="kern-table kern-table--small zw-payresults" data-testid="pay-results">
                  <caption className="kern-sr-only">{t('payResults.caption', { year })}</caption>
                  <thead className="kern-table__header">
                    <tr className="kern-table__row">
                      <th scope="col" className="kern-table__header">{t('payResults.person')}</th>
                      <th scope="col" className="kern-table__header">{t('agreement.unit')}</th>
                      <th scope="col" className="kern-table__header">{t('agreement.payRule')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('agreement.totalDegree')}</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t('payResults.points')}</th>
                      <th scope="col" className="kern-table__header">{t('agreement.status')}</th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {rows.map((r) => (
                      <tr key={r.agreement.id} className="kern-table__row">
                        <th scope="row" className="kern-table__cell">
                          {r.person.name}
                          {r.person.position ? <div className="kern-body--small kern-body--muted">{r.person.position}</div> : null}
                        </th>
                        <td className="kern-table__cell">
                          <Link className="kern-link" href={paths.agreement(r.agreement.id)}>
                            {r.agreement.orgUnit.name}
                          </Link>
                        </td>
                        <td className="kern-table__cell" data-payrule={r.payRule}>{t(`pay.${r.payRule}`)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric" data-testid="pay-degree">{formatPercent(r.totalDegree, lang)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{r.points}</td>
                        <td className="kern-table__cell">
                          <StatusBadge status={r.agreement.status} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
              <div className="kern-btn-wrapper">
                {after.length > 0 ? (
                  <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setAfter(after.slice(0, -1))}>
                    <span className="kern-label">{t('app.back')}</span>
                  </button>
                ) : null}
                {d.payResults.pageInfo.hasNextPage && d.payResults.pageInfo.endCursor ? (
                  <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setAfter([...after, d.payResults.pageInfo.endCursor!])}>
                    <span className="kern-label">{t('app.more')}</span>
                  </button>
                ) : null}
              </div>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
