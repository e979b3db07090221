import { useI18n } from '../lib/i18n';

export type AgreementStatus = 'DRAFT' | 'PROPOSED' | 'AGREED' | 'REVIEWED' | 'ASSESSED' | 'CLOSED';

const kind: Record<AgreementStatus, string> = {
  DRAFT: 'info',
  PROPOSED: 'warning',
  AGREED: 'success',
  REVIEWED: 'success',
  ASSESSED: 'success',
  CLOSED: 'info',
};

export function StatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useI18n();
  return (
    <span className={`kern-badge kern-badge--${kind[status]} zw-status`} data-status={status}>
      <span className="kern-label">{t(`status.${status}` as const)}</span>
    </span>
  );
}
