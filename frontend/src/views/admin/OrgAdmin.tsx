import { useMemo, useState } from 'react';
import { useI18n } from '../../lib/i18n';
import { formatDate } from '../../lib/format';
import { buildOrgTree, type UnitNode } from '../../lib/orgTree';
import { DoneNotice } from '../../components/DoneNotice';
import { AdminLayout } from '../../components/AdminLayout';
import { Loading, QueryError } from '../../components/States';
import { TextField } from '../../components/Inputs';
import type { AUnit } from './useCascadeData';
import { today, useOrgUnits } from './useOrgUnits';
import { OrgUnitForm } from './OrgUnitForm';
import { LeaderAssignForm } from './LeaderAssignForm';
import { ReorgForm } from './ReorgForm';

type Open = { kind: 'new' } | { kind: 'edit'; unit: AUnit } | { kind: 'leader'; unit: AUnit } | null;

export default function OrgAdmin() {
  const { t, lang } = useI18n();
  const [asOf, setAsOf] = useState(today());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const { units, roots, error, fetching, reload } = useOrgUnits(valid ? asOf : today());
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const tree = useMemo(() => (units ? buildOrgTree(units, roots) : []), [units, roots]);
  const finish = (m: string) => {
    setOpen(null);
    setDone(m);
    reload();
  };
  const start = (o: Open) => {
    setDone(null);
    setOpen(o);
  };
  const panel = (id: string) => {
    if (!open || !units) return null;
    if (open.kind === 'edit' && open.unit.id === id) return <OrgUnitForm unit={open.unit} units={units} asOf={asOf} onDone={finish} onCancel={() => setOpen(null)} />;
    if (open.kind === 'leader' && open.unit.id === id) return <LeaderAssignForm unit={open.unit} units={units} onDone={finish} onCancel={() => setOpen(null)} />;
    return null;
  };

  return (
    <AdminLayout page="org">
      <h1 className="kern-heading-large">{t('admin.org')}</h1>
      <div className="zw-admin-grid">
        <TextField label={t('org.asOf')} name="asOf" type="date" hint={t('org.asOfHint')} value={asOf} onChange={setAsOf} />
      </div>
      <DoneNotice message={done} />
      <div className="kern-btn-wrapper">
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => start({ kind: 'new' })} data-testid="unit-new">
          <span className="kern-label">{t('org.new')}</span>
        </button>
      </div>
      {open?.kind === 'new' && units ? <OrgUnitForm unit={null} units={units} asOf={asOf} onDone={finish} onCancel={() => setOpen(null)} /> : null}
      {fetching && !units ? <Loading /> : null}
      {error ? <QueryError error={error} retry={reload} /> : null}
      {units ? (
        <section aria-labelledby="orgtree-h" className="zw-panel">
          <h2 id="orgtree-h" className="kern-heading-medium">{t('org.tree')}</h2>
          <p className="kern-body kern-body--small" data-testid="org-count">{t('org.count', { n: units.length, day: formatDate(valid ? asOf : today(), lang) })}</p>
          <UnitTree nodes={tree} start={start} panel={panel} root />
        </section>
      ) : null}
      {units ? <ReorgForm units={units} onApplied={(m) => { setDone(m); reload(); window.scrollTo(0, 0); }} /> : null}
    </AdminLayout>
  );
}

function UnitTree({ nodes, start, panel, root }: { nodes: UnitNode<AUnit>[]; start: (o: Open) => void; panel: (id: string) => React.ReactNode; root?: boolean }) {
  const { t, lang } = useI18n();
  return (
    <ul className={`zw-tree${root ? ' zw-tree--root' : ''}`}>
      {nodes.map(({ unit: u, children }) => (
        <li key={u.id} className="zw-tree__item" data-testid="org-unit">
          <div className="zw-tree__row">
            <div className="zw-tree__main">
              <span className="zw-orgtree__name">{u.code} {u.name}</span>
              <span className="zw-tree__meta kern-body kern-body--small">
                {t(`kind.${u.kind}`)} · {t('org.leader')}: {u.leader?.name ?? t('org.noLeader')} · {t('org.validFrom')} {formatDate(u.validFrom, lang)}
                {u.validTo ? ` · ${t('org.validTo')} ${formatDate(u.validTo, lang)}` : ''}
              </span>
            </div>
            <div className="zw-rowactions">
              <button type="button" className="kern-btn kern-btn--tertiary" aria-label={`${t('admin.edit')}: ${u.name}`} onClick={() => start({ kind: 'edit', unit: u })}>
                <span className="kern-label">{t('admin.edit')}</span>
              </button>
              <button type="button" className="kern-btn kern-btn--tertiary" aria-label={`${t('org.assignLeader')}: ${u.name}`} onClick={() => start({ kind: 'leader', unit: u })}>
                <span className="kern-label">{t('org.assignLeader')}</span>
              </button>
            </div>
          </div>
          {panel(u.id)}
          {children.length > 0 ? <UnitTree nodes={children} start={start} panel={panel} /> : null}
        </li>
      ))}
    </ul>
  );
}
