import { useI18n } from '../lib/i18n';
import { Link, paths } from '../lib/router';
import { formatDate } from '../lib/format';
import { StatusBadge, type AgreementStatus } from './StatusBadge';
import { TableRegion } from './TableRegion';

export interface AgreementRow {
  id: string;
  year: number;
  status: AgreementStatus;
  orgUnit: { name: string };
  principal: { name: string };
  agent: { name: string };
  updatedAt: string;
}

export function AgreementTable({ agreements, caption }: { agreements: readonly AgreementRow[]; caption: string }) {
  const { t, lang } = useI18n();
  return (
    <TableRegion label={caption}>
      <table className="kern-table kern-table--small">
        <caption className="kern-sr-only">{caption}</caption>
        <thead className="kern-table__header">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('agreement.unit')}</th>
            <th scope="col" className="kern-table__header">{t('agreement.year')}</th>
            <th scope="col" className="kern-table__header">{t('agreement.principal')}</th>
            <th scope="col" className="kern-table__header">{t('agreement.agent')}</th>
            <th scope="col" className="kern-table__header">{t('agreement.status')}</th>
            <th scope="col" className="kern-table__header">{t('agreement.updated')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {agreements.map((a) => (
            <tr key={a.id} className="kern-table__row">
              <th scope="row" className="kern-table__cell">
                <Link className="kern-link" href={paths.agreement(a.id)}>
                  {a.orgUnit.name}
                </Link>
              </th>
              <td className="kern-table__cell">{a.year}</td>
              <td className="kern-table__cell">{a.principal.name}</td>
              <td className="kern-table__cell">{a.agent.name}</td>
              <td className="kern-table__cell">
                <StatusBadge status={a.status} />
              </td>
              <td className="kern-table__cell">{formatDate(a.updatedAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
