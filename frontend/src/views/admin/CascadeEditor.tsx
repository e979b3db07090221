import { useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../lib/i18n';
import { useSession } from '../../session';
import { GoalRetireDoc } from '../../adminDocs';
import { buildCascade, unitAndBelow, type GoalNode } from '../../lib/cascade';
import { DoneNotice } from '../../components/DoneNotice';
import { AdminLayout } from '../../components/AdminLayout';
import { Empty, Loading, QueryError } from '../../components/States';
import { YearSelect } from '../../components/YearSelect';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { useSave } from '../../lib/useSave';
import { GoalForm, type GoalFormMode } from './GoalForm';
import { useCascadeData, type AGoal, type CascadeData } from './useCascadeData';

/** Where the open form sits: under a strategic goal, under a goal, or at the unlinked group. */
type Open = { at: string; mode: GoalFormMode } | null;

export default function CascadeEditor() {
  const { t } = useI18n();
  const { me, years, year, setYear } = useSession();
  const { data, error, fetching, reload } = useCascadeData(year);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const [retiring, setRetiring] = useState<AGoal | null>(null);
  const isAdmin = me.roles.includes('ADMIN');
  const led = useMemo(() => me.ledUnits.map((u) => u.id), [me.ledUnits]);
  const mayUnits = useMemo(() => {
    const s = new Set<string>();
    if (data) for (const l of led) for (const u of unitAndBelow(data.units, l)) s.add(u.id);
    return s;
  }, [data, led]);
  const may = (unitId: string) => isAdmin || mayUnits.has(unitId);
  const cascade = useMemo(() => (data ? buildCascade(data.sgs.filter((s) => !s.retiredAt), data.goals) : null), [data]);

  const finish = (msg: string) => {
    setOpen(null);
    setDone(msg);
    reload();
  };
  const form = (at: string) =>
    open && open.at === at && data ? (
      <GoalForm key={at} mode={open.mode} data={data} year={year} ledUnits={led} onDone={finish} onCancel={() => setOpen(null)} />
    ) : null;
  const start = (o: Open) => {
    setDone(null);
    setOpen(o);
  };

  return (
    <AdminLayout page="cascade">
      <h1 className="kern-heading-large">{t('goal.title')}</h1>
      <p className="kern-body">{t('goal.intro')}</p>
      <YearSelect years={years} value={year} onChange={setYear} />
      <DoneNotice message={done} />
      {fetching && !data ? <Loading /> : null}
      {error ? <QueryError error={error} retry={reload} /> : null}
      {cascade && data ? (
        <div data-testid="cascade">
          {cascade.strategic.map(({ sg, children }) => (
            <section key={sg.id} className="zw-panel" aria-labelledby={`sg-${sg.id}`} data-testid="cascade-sg">
              <h2 id={`sg-${sg.id}`} className="kern-heading-medium">
                {sg.number}. {sg.title}
              </h2>
              {isAdmin || led.length > 0 ? (
                <button type="button" className="kern-btn kern-btn--secondary" aria-label={`${t('goal.addChild')}: ${sg.title}`} onClick={() => start({ at: sg.id, mode: { kind: 'new', parent: null, sg } })}>
                  <span className="kern-label">{t('goal.addChild')}</span>
                </button>
              ) : null}
              {form(sg.id)}
              {children.length > 0 ? <GoalTree nodes={children} may={may} start={start} form={form} retire={setRetiring} /> : <Empty>{t('goal.none')}</Empty>}
            </section>
          ))}
          <section className="zw-panel" aria-labelledby="unlinked-h" data-testid="cascade-unlinked">
            <h2 id="unlinked-h" className="kern-heading-medium">{t('goal.unlinked')}</h2>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => start({ at: 'unlinked', mode: { kind: 'new', parent: null, sg: null } })} data-testid="goal-new-untraced">
              <span className="kern-label">{t('goal.newUntraced')}</span>
            </button>
            {form('unlinked')}
            {cascade.unlinked.length > 0 ? <GoalTree nodes={cascade.unlinked} may={may} start={start} form={form} retire={setRetiring} /> : <Empty>{t('goal.none')}</Empty>}
          </section>
        </div>
      ) : null}
      {retiring && data ? <RetireGoal goal={retiring} data={data} year={year} onCancel={() => setRetiring(null)} onDone={(m) => { setRetiring(null); finish(m); }} /> : null}
    </AdminLayout>
  );
}

function GoalTree({
  nodes,
  may,
  start,
  form,
  retire,
}: {
  nodes: GoalNode<AGoal>[];
  may: (unitId: string) => boolean;
  start: (o: Open) => void;
  form: (at: string) => React.ReactNode;
  retire: (g: AGoal) => void;
}) {
  const { t } = useI18n();
  return (
    <ul className="zw-tree">
      {nodes.map(({ goal: g, children }) => (
        <li key={g.id} className="zw-tree__item" data-testid="cascade-goal">
          <div className="zw-tree__row">
            <div className="zw-tree__main">
              <span className="zw-orgtree__name">{g.title}</span>
              <span className="zw-tree__meta kern-body kern-body--small">
                {t(`goal.level.${g.level}`)} · {g.orgUnit.name} · {t('goal.years', { from: g.fromYear, to: g.toYear })}
                {g.untracedReason ? ` · ${t('goal.untracedReason')}: ${g.untracedReason}` : ''}
              </span>
            </div>
            {may(g.orgUnit.id) ? (
              <div className="zw-rowactions">
                <button type="button" className="kern-btn kern-btn--tertiary" aria-label={`${t('goal.addChild')}: ${g.title}`} onClick={() => start({ at: g.id, mode: { kind: 'new', parent: g, sg: null } })}>
                  <span className="kern-label">{t('goal.addChild')}</span>
                </button>
                <button type="button" className="kern-btn kern-btn--tertiary" aria-label={`${t('admin.edit')}: ${g.title}`} onClick={() => start({ at: g.id, mode: { kind: 'edit', goal: g } })}>
                  <span className="kern-label">{t('admin.edit')}</span>
                </button>
                <button type="button" className="kern-btn kern-btn--tertiary" aria-label={`${t('admin.retire')}: ${g.title}`} onClick={() => retire(g)}>
                  <span className="kern-label">{t('admin.retire')}</span>
                </button>
              </div>
            ) : null}
          </div>
          {form(g.id)}
          {children.length > 0 ? <GoalTree nodes={children} may={may} start={start} form={form} retire={retire} /> : null}
        </li>
      ))}
    </ul>
  );
}

function RetireGoal({ goal, year, onCancel, onDone }: { goal: AGoal; data: CascadeData; year: number; onCancel: () => void; onDone: (m: string) => void }) {
  const { t } = useI18n();
  const [last, setLast] = useState(Math.min(Math.max(year, goal.fromYear), goal.toYear));
  const [, retire] = useMutation(GoalRetireDoc);
  const save = useSave();
  const options: number[] = [];
  for (let y = goal.fromYear; y <= goal.toYear; y++) options.push(y);
  return (
    <ConfirmDialog
      title={t('goal.retireTitle', { title: goal.title })}
      confirmLabel={t('admin.retire')}
      busy={save.busy}
      onCancel={onCancel}
      onConfirm={async () => {
        const d = await save.run(() => retire({ input: { id: goal.id, expectedVersion: goal.version, lastYear: last } }), 'goalRetire', null);
        if (d) onDone(t('goal.retiredDone', { title: goal.title, year: last }));
      }}
    >
      <p className="kern-body">{t('goal.retireText', { year: last })}</p>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="retire-last">{t('goal.lastYear')}</label>
        <div className="kern-form-input__select-wrapper">
          <select id="retire-last" className="kern-form-input__select" value={last} onChange={(e) => setLast(Number(e.target.value))}>
            {options.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
      </div>
      <FormAlert error={save.error} fieldErrors={save.fieldErrors} known={[]} />
    </ConfirmDialog>
  );
}
