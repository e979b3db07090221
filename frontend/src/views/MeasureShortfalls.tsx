import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { QueryState, Empty } from '../components/States';
import { TableRegion } from '../components/TableRegion';
import { formatCents } from '../lib/format';

const ShortfallsDoc = graphql(`
  query MeasureShortfalls($year: Int!) {
    measureShortfalls(year: $year, first: 10) {
      planned
      realised
      shortfall
      measure {
        id
        number
        title
        orgUnit {
          id
          name
        }
      }
    }
  }
`);

/** The HSP measures of the year with the largest gap between planned and
 * realised savings, as the server sorts them (measureShortfalls). */
export default function MeasureShortfalls() {
  const { t, lang } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: ShortfallsDoc, variables: { year } });
  const title = t('budget.shortfalls', { year });
  return (
    <section aria-labelledby="shortfalls-h" className="zw-section">
      <h2 id="shortfalls-h" className="kern-heading-medium">{title}</h2>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => {
          const rows = d.measureShortfalls.filter((r) => r.shortfall > 0);
          if (rows.length === 0) return <Empty>{t('budget.noShortfall', { year })}</Empty>;
          return (
            <TableRegion label={title}>
              <table className="kern-table kern-table--small" data-testid="measure-shortfalls">
                <caption className="kern-sr-only">{title}</caption>
                <thead className="kern-table__header">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">{t('budget.measure')}</th>
                    <th scope="col" className="kern-table__header">{t('budget.unit')}</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.planned')}</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.realised')}</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t('budget.shortfall')}</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {rows.map((r) => (
                    <tr key={r.measure.id} className="kern-table__row">
                      <th scope="row" className="kern-table__cell">{r.measure.number} {r.measure.title}</th>
                      <td className="kern-table__cell">{r.measure.orgUnit.name}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">{formatCents(r.planned, lang)}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">{formatCents(r.realised, lang)}</td>
                      <td className="kern-table__cell kern-table__cell--numeric" data-testid="shortfall">{formatCents(r.shortfall, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          );
        }}
      </QueryState>
    </section>
  );
}
