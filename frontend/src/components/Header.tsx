import { useI18n } from '../lib/i18n';
import { Link, paths, type RouteName } from '../lib/router';
import { signOut } from '../lib/client';
import { navScope, sortRoles } from '../lib/roles';
import { mayAdminister } from '../lib/adminAccess';
import type { Me } from '../session';

const navItems: { route: RouteName; href: string; key: 'nav.start' | 'nav.strategy' | 'nav.agreements' | 'nav.kpis' | 'nav.budget' | 'nav.import' | 'nav.payResults' | 'nav.admin' }[] = [
  { route: 'start', href: paths.start(), key: 'nav.start' },
  { route: 'strategy', href: paths.strategy(), key: 'nav.strategy' },
  { route: 'agreements', href: paths.agreements(), key: 'nav.agreements' },
  { route: 'kpis', href: paths.kpis(), key: 'nav.kpis' },
  { route: 'budget', href: paths.budget(), key: 'nav.budget' },
  { route: 'import', href: paths.import(), key: 'nav.import' },
  { route: 'payResults', href: paths.payResults(), key: 'nav.payResults' },
  { route: 'admin', href: paths.admin(), key: 'nav.admin' },
];

function section(route: RouteName): RouteName {
  if (route.startsWith('pay')) return 'payResults';
  if (route === 'agreement' || route === 'agreementEdit' || route === 'agreementNew') return 'agreements';
  if (route === 'kpi') return 'kpis';
  if (route.startsWith('admin')) return 'admin';
  return route;
}

export function Header({ me, route }: { me: Me | null; route: RouteName }) {
  const { t, lang, setLang } = useI18n();
  const current = section(route);
  const scope = me ? navScope(me) : 'full';
  const items = navItems.filter(
    (n) =>
      (scope === 'full' || n.route === 'start') && (n.route !== 'import' || me?.viewerCanRecordFigures) && (n.route !== 'payResults' || me?.viewerCanSeePayResults) && (n.route !== 'admin' || (!!me && mayAdminister(me))),
  );
  return (
    <header className="zw-header">
      <div className="kern-kopfzeile">
        <div className="kern-container">
          <div className="kern-kopfzeile__content">
            <span className="kern-kopfzeile__label">{t('app.tagline')}</span>
          </div>
        </div>
      </div>
      {me?.demo ? (
        <div className="zw-demo" role="note">
          <div className="kern-container">
            <span className="kern-badge kern-badge--warning">
              <span className="kern-label">{t('app.demoBadge')}</span>
            </span>{' '}
            <span className="kern-body">{t('app.demo')}</span>
          </div>
        </div>
      ) : null}
      <div className="kern-container zw-header__bar">
        <p className="zw-brand">
          <Link href={paths.start()} className="zw-brand__link">
            {t('app.name')}
          </Link>
        </p>
        <div className="zw-header__tools">
          {me ? (
            <div className="zw-person">
              <span className="kern-sr-only">{t('app.signedInAs')} </span>
              <span className="zw-person__name">{me.person.name}</span>
              <span className="zw-person__roles">
                <span className="kern-sr-only">{t('app.roles')}: </span>
                {me.roles.length > 0
                  ? sortRoles(me.roles).map((r) => t(`role.${r}` as const)).join(', ')
                  : me.ledUnits.length > 0
                    ? `${t('app.leads')}: ${me.ledUnits.map((u) => u.name).join(', ')}`
                    : t('app.noRoles')}
              </span>
            </div>
          ) : null}
          <button
            type="button"
            className="kern-btn kern-btn--tertiary zw-lang"
            lang={lang === 'de' ? 'en' : 'de'}
            aria-label={t('app.langLabel')}
            onClick={() => setLang(lang === 'de' ? 'en' : 'de')}
          >
            <span className="kern-icon kern-icon--language" aria-hidden="true" />
            <span className="kern-label">{t('app.lang')}</span>
          </button>
          {me ? (
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void signOut()}>
              <span className="kern-icon kern-icon--logout" aria-hidden="true" />
              <span className="kern-label">{t('app.signOut')}</span>
            </button>
          ) : null}
        </div>
      </div>
      {me ? (
        <nav className="zw-nav" aria-label={t('app.mainNav')}>
          <ul className="kern-container zw-nav__list">
            {items.map((n) => (
              <li key={n.route}>
                <Link href={n.href} className="zw-nav__link" aria-current={current === n.route ? 'page' : undefined}>
                  {t(n.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
