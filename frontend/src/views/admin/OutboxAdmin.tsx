import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MailStatus } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n';
import { formatDateTime } from '../../lib/format';
import { AdminLayout } from '../../components/AdminLayout';
import { Alert, Empty, QueryState } from '../../components/States';
import { SelectField } from '../../components/Inputs';
import { TableRegion } from '../../components/TableRegion';

const OutboxDoc = graphql(`
  query AdminOutbox($status: MailStatus, $first: Int!) {
    outbox(status: $status, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        kind
        to
        subject
        body
        status
        attempts
        lastError
        createdAt
        nextAttemptAt
        sentAt
      }
    }
  }
`);

const statuses: MailStatus[] = ['QUEUED', 'SENT', 'FAILED'];
const pageSize = 50;

/** Postausgang: the mails Zielwerk sent or will send, newest first (ADMIN). */
export default function OutboxAdmin() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState('');
  const [first, setFirst] = useState(pageSize);
  const [res, re] = useQuery({ query: OutboxDoc, variables: { status: (status || null) as MailStatus | null, first } });
  return (
    <AdminLayout page="outbox">
      <h1 className="kern-heading-large">{t('admin.outbox')}</h1>
      <Alert kind="info" title={t('outbox.demo')} />
      <SelectField label={t('outbox.filter')} name="status" value={status} onChange={(v) => { setStatus(v); setFirst(pageSize); }}>
        <option value="">{t('outbox.all')}</option>
        {statuses.map((s) => (
          <option key={s} value={s}>{t(`mail.${s}`)}</option>
        ))}
      </SelectField>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) =>
          d.outbox.nodes.length === 0 ? (
            <Empty>{t('outbox.none')}</Empty>
          ) : (
            <>
              <p className="kern-body" data-testid="outbox-count">{t('outbox.count', { n: d.outbox.totalCount })}</p>
              <TableRegion label={t('admin.outbox')}>
                <table className="kern-table kern-table--small zw-stack" data-testid="outbox-table">
                  <caption className="kern-sr-only">{t('admin.outbox')}</caption>
                  <thead className="kern-table__header">
                    <tr className="kern-table__row">
                      <th scope="col" className="kern-table__header">{t('outbox.created')}</th>
                      <th scope="col" className="kern-table__header">{t('outbox.to')}</th>
                      <th scope="col" className="kern-table__header">{t('outbox.subject')}</th>
                      <th scope="col" className="kern-table__header">{t('outbox.status')}</th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {d.outbox.nodes.map((m) => (
                      <tr key={m.id} className="kern-table__row" data-kind={m.kind} data-status={m.status}>
                        <td className="kern-table__cell" data-label={t('outbox.created')}>{formatDateTime(m.createdAt, lang)}</td>
                        <td className="kern-table__cell zw-break" data-label={t('outbox.to')}>{m.to}</td>
                        <td className="kern-table__cell" data-label={t('outbox.subject')}>
                          <span className="kern-label">{t(`mail.${m.kind}`)}</span>: {m.subject}
                          <details className="zw-mail">
                            <summary>{t('outbox.show')}</summary>
                            <pre className="zw-mail__body">{m.body}</pre>
                          </details>
                        </td>
                        <td className="kern-table__cell" data-label={t('outbox.status')}>
                          {t(`mail.${m.status}`)}
                          {m.status === 'SENT' && m.sentAt ? <> ({formatDateTime(m.sentAt, lang)})</> : null}
                          {m.status === 'QUEUED' ? <div className="kern-body--muted">{t('outbox.next', { at: formatDateTime(m.nextAttemptAt, lang) })}</div> : null}
                          {m.lastError ? <div className="kern-body--muted">{t('outbox.attempts', { n: m.attempts, error: m.lastError })}</div> : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
              {d.outbox.pageInfo.hasNextPage ? (
                <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setFirst((n) => n + pageSize)}>
                  <span className="kern-label">{t('outbox.more')}</span>
                </button>
              ) : null}
            </>
          )
        }
      </QueryState>
    </AdminLayout>
  );
}
