import { useI18n } from '../lib/i18n';
import type { AgreementFieldsFragment as A } from '../gql/graphql';
import { formatDateTime } from '../lib/format';

/** Print only: place, date and signature of both parties, with the time each signed in Zielwerk. */
export function SignatureBlock({ a }: { a: A }) {
  const { t, lang } = useI18n();
  const parties = [
    { role: t('agreement.principal'), p: a.principal, at: a.principalSignedAt },
    { role: t('agreement.agent'), p: a.agent, at: a.agentSignedAt },
  ];
  return (
    <section className="zw-section zw-printonly zw-signatures" aria-labelledby="sign-h" data-testid="signature-block">
      <h2 id="sign-h" className="kern-heading-medium">{t('sign.title')}</h2>
      <div className="zw-signatures__grid">
        {parties.map(({ role, p, at }) => (
          <div key={role} className="zw-signature">
            <div className="zw-signature__line">{t('sign.placeDate')}</div>
            <div className="zw-signature__line">{t('sign.signature')}</div>
            <div>
              <strong>{role}:</strong> {p.name}
              {p.position ? ` – ${p.position}` : ''}
            </div>
            {at ? <div className="kern-body--small">{t('sign.signedAt', { at: formatDateTime(at, lang) })}</div> : null}
          </div>
        ))}
      </div>
    </section>
  );
}
