import type { ObjectionsQuery } from '../gql/graphql';
import { useI18n } from '../lib/i18n';
import { Link, paths } from '../lib/router';
import { formatDate, formatDateTime } from '../lib/format';
import { Empty } from './States';
import { DataTable, type Column } from './DataTable';

export type Case = ObjectionsQuery['objections'][number];

/** The objections as a table; with onAssign (HR) an open case gets an "assign" button. */
export function ObjectionsTable({ cases, assigning, onAssign }: { cases: readonly Case[]; assigning?: string | null; onAssign?: (id: string) => void }) {
  const { t, lang } = useI18n();
  if (cases.length === 0) return <Empty>{t('objections.empty')}</Empty>;
  const cols: Column<Case>[] = [
    { key: 'agent', label: t('agreement.agent'), rowHeader: true, cell: (c) => c.agent.name },
    { key: 'unit', label: t('agreement.unit'), cell: (c) => <Link className="kern-link" href={paths.agreement(c.id)}>{c.orgUnit.name}</Link> },
    { key: 'at', label: t('objections.objectedAt'), cell: (c) => formatDate(c.objection?.objectedAt, lang) },
    {
      key: 'state',
      label: t('objections.state'),
      cell: (c) =>
        c.objection?.decision ? (
          <span className="kern-badge kern-badge--success kern-badge--small"><span className="kern-label">{t(`objections.decided.${c.objection.decision}`)}</span></span>
        ) : (
          <span className="kern-badge kern-badge--warning kern-badge--small"><span className="kern-label">{t('objections.open')}</span></span>
        ),
    },
    { key: 'decidedAt', label: t('objections.decidedAt'), cell: (c) => formatDateTime(c.objection?.decidedAt, lang) },
    { key: 'members', label: t('objections.members'), cell: (c) => (c.objection?.members.length ? c.objection.members.map((m) => m.name).join(', ') : <em>{t('objections.unassigned')}</em>) },
  ];
  if (onAssign) {
    cols.push({
      key: 'assign',
      label: <span className="kern-sr-only">{t('objections.actions')}</span>,
      cell: (c) =>
        c.viewerCanAssignObjection ? (
          <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" aria-expanded={assigning === c.id} onClick={() => onAssign(c.id)} data-testid="objection-assign">
            <span className="kern-label">{t('objections.assign', { name: c.agent.name })}</span>
          </button>
        ) : null,
    });
  }
  return (
    <DataTable
      caption={t('objections.caption')}
      testId="objections"
      columns={cols}
      rows={cases}
      rowKey={(c) => c.id}
      rowProps={(c) => ({ 'data-agreement': c.id, 'data-decision': c.objection?.decision ?? 'OPEN' })}
    />
  );
}
