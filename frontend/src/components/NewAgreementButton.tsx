import { useI18n } from '../lib/i18n';
import { Link, paths } from '../lib/router';
import { useSession } from '../session';

/** "Neue Zielvereinbarung" for principals: people who lead a unit (Me.ledUnits). */
export function NewAgreementButton() {
  const { t } = useI18n();
  const { me } = useSession();
  if (me.ledUnits.length === 0) return null;
  return (
    <Link className="kern-btn kern-btn--primary zw-noprint" href={paths.agreementNew()} data-testid="new-agreement">
      <span className="kern-icon kern-icon--add" aria-hidden="true" />
      <span className="kern-label">{t('create.button')}</span>
    </Link>
  );
}
