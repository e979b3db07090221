import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../lib/i18n';
import { Link, paths } from '../../lib/router';
import { useSave } from '../../lib/useSave';
import { AdminLayout } from '../../components/AdminLayout';
import { DoneNotice } from '../../components/DoneNotice';
import { Empty, QueryState } from '../../components/States';
import { FormAlert } from '../../components/FormAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { TableRegion } from '../../components/TableRegion';

const TransfersDoc = graphql(`
  query AdminTransfers {
    principalTransfers {
      agreement {
        id
        year
        version
        status
        orgUnit {
          id
          name
        }
        principal {
          id
          name
        }
        agent {
          id
          name
        }
      }
      successor {
        id
        name
      }
    }
  }
`);

const TransferDoc = graphql(`
  mutation AgreementPrincipalTransfer($input: AgreementPrincipalTransferInput!) {
    agreementPrincipalTransfer(input: $input) {
      agreement {
        id
        version
        principal {
          id
          name
        }
      }
      userErrors {
        field
        message
        messageEn
        code
        key
      }
    }
  }
`);

/** Übergaben: open agreements of a leader who left or changed, handed to the successor (ADMIN, audited). */
export default function TransfersAdmin() {
  const { t } = useI18n();
  const [res, re] = useQuery({ query: TransfersDoc });
  const [, transfer] = useMutation(TransferDoc);
  const [done, setDone] = useState<string | null>(null);
  const save = useSave();
  const hand = async (a: { id: string; version: number; label: string }, successor: string) => {
    setDone(null);
    const d = await save.run(() => transfer({ input: { agreementId: a.id, expectedVersion: a.version } }), 'agreementPrincipalTransfer', null);
    if (d) {
      setDone(t('transfers.done', { agreement: a.label, name: successor }));
      re({ requestPolicy: 'network-only' });
    }
  };
  return (
    <AdminLayout page="transfers">
      <h1 className="kern-heading-large">{t('admin.transfers')}</h1>
      <p className="kern-body">{t('transfers.intro')}</p>
      <DoneNotice message={done} />
      <FormAlert error={save.error} fieldErrors={save.fieldErrors} known={[]} />
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) =>
          d.principalTransfers.length === 0 ? (
            <Empty>{t('transfers.none')}</Empty>
          ) : (
            <TableRegion label={t('admin.transfers')}>
              <table className="kern-table kern-table--small" data-testid="transfers-table">
                <caption className="kern-sr-only">{t('admin.transfers')}</caption>
                <thead className="kern-table__header">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">{t('transfers.agreement')}</th>
                    <th scope="col" className="kern-table__header">{t('transfers.from')}</th>
                    <th scope="col" className="kern-table__header">{t('transfers.to')}</th>
                    <th scope="col" className="kern-table__header"><span className="kern-sr-only">{t('transfers.do')}</span></th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {d.principalTransfers.map(({ agreement: a, successor }) => {
                    const label = `${a.orgUnit.name} ${a.year} (${a.agent.name})`;
                    return (
                      <tr key={a.id} className="kern-table__row">
                        <td className="kern-table__cell">
                          <Link className="kern-link" href={paths.agreement(a.id)}>{label}</Link> <StatusBadge status={a.status} />
                        </td>
                        <td className="kern-table__cell">{a.principal.name}</td>
                        <td className="kern-table__cell">{successor.name}</td>
                        <td className="kern-table__cell">
                          <button type="button" className="kern-btn kern-btn--secondary" disabled={save.busy}
                            aria-label={t('transfers.doNamed', { agreement: label, name: successor.name })}
                            onClick={() => void hand({ id: a.id, version: a.version, label }, successor.name)}>
                            <span className="kern-label">{t('transfers.do')}</span>
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableRegion>
          )
        }
      </QueryState>
    </AdminLayout>
  );
}
