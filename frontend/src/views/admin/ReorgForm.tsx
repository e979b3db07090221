import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../lib/i18n';
import { ReorganiseDoc } from '../../adminDocs';
import type { AdminReorganiseMutation, OrgUnitKind } from '../../gql/graphql';
import { Field } from '../../components/Field';
import { SelectField, TextField } from '../../components/Inputs';
import { Alert } from '../../components/States';
import { TableRegion } from '../../components/TableRegion';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { PersonPicker } from '../../components/PersonPicker';
import { useSave } from '../../lib/useSave';
import { userErrorsByField } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { buildOrgTree, flattenTree } from '../../lib/orgTree';
import { draftProblems, emptyDraft, newKey, planKey, removeNewUnit, reorgInput, reorgWhats, type ReorgDraft, type ReorgWhat } from '../../lib/reorg';
import type { AUnit } from './useCascadeData';
import { knownPeople, today } from './useOrgUnits';
import { unitKinds } from './OrgUnitForm';

type Plan = AdminReorganiseMutation['orgUnitReorganise'];

export function ReorgForm({ units, onApplied }: { units: AUnit[]; onApplied: (m: string) => void }) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<ReorgDraft>(() => emptyDraft(today()));
  const [plan, setPlan] = useState<{ key: string; p: Plan } | null>(null);
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const [confirm, setConfirm] = useState(false);
  const [, reorganise] = useMutation(ReorganiseDoc);
  const save = useSave();
  const formRef = useRef<HTMLFormElement>(null);
  const planRef = useRef<HTMLDivElement>(null);
  const options = flattenTree(buildOrgTree(units));
  const people = knownPeople(units);
  const set = (d: ReorgDraft) => {
    setDraft(d);
    setLocal({});
  };
  const fe: Record<string, string[]> = { ...local, ...(plan && plan.key === planKey(draft) ? userErrorsByField(plan.p.userErrors, lang) : {}) };
  const fresh = plan !== null && plan.key === planKey(draft);
  const canApply = fresh && plan.p.userErrors.length === 0 && plan.p.steps.length > 0;

  const check = (): boolean => {
    const p = draftProblems(draft);
    const m: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(p)) m[k] = [t(v as 'reorg.needDay')];
    setLocal(m);
    if (Object.keys(m).length > 0) {
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .kern-alert')?.focus(), 0);
      return false;
    }
    return true;
  };

  const runDry = async () => {
    if (!check()) return;
    const key = planKey(draft);
    save.reset();
    const r = await reorganise({ input: reorgInput(draft, true), lang: lang === 'de' ? 'DE' : 'EN' });
    if (r.data) {
      setPlan({ key, p: r.data.orgUnitReorganise });
      setTimeout(() => planRef.current?.focus(), 0);
    } else {
      await save.run(async () => r, 'orgUnitReorganise', formRef.current);
    }
  };

  const apply = async () => {
    const r = await reorganise({ input: reorgInput(draft, false), lang: lang === 'de' ? 'DE' : 'EN' });
    setConfirm(false);
    const p = r.data?.orgUnitReorganise;
    if (p?.applied) {
      const n = p.steps.length;
      setPlan(null);
      set(emptyDraft(draft.on));
      onApplied(t('reorg.done', { day: formatDate(draft.on, lang), n }));
    } else if (p) {
      setPlan({ key: planKey(draft), p });
      setTimeout(() => planRef.current?.focus(), 0);
    } else {
      await save.run(async () => r, 'orgUnitReorganise', formRef.current);
    }
  };

  const unitOptions = (
    <>
      <option value="">{t('admin.none')}</option>
      {options.map(({ unit: u, depth }) => (
        <option key={u.id} value={`id:${u.id}`}>{'\u00a0'.repeat(depth * 2)}{u.code} {u.name}</option>
      ))}
    </>
  );
  const newOptions = (exclude?: string) =>
    draft.create
      .filter((u) => u.key !== exclude)
      .map((u) => (
        <option key={u.key} value={`key:${u.key}`}>{t('reorg.newPrefix', { name: u.name || u.code || u.key })}</option>
      ));

  return (
    <form ref={formRef} className="zw-form zw-panel" aria-labelledby="reorg-h" noValidate data-testid="reorg-form" onSubmit={(e) => { e.preventDefault(); void runDry(); }}>
      <h2 id="reorg-h" className="kern-heading-medium">{t('reorg.title')}</h2>
      <p className="kern-body">{t('reorg.intro')}</p>
      <FormAlert error={save.error} fieldErrors={local[''] ? { '': local[''] } : {}} known={[]} />
      <TextField label={t('reorg.on')} name="on" type="date" hint={t('reorg.onHint')} value={draft.on} onChange={(v) => set({ ...draft, on: v })} errors={fe['on']} required />
      <Field label={t('reorg.dissolve')} hint={t('reorg.dissolveHint')} errors={fe['dissolve']}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            multiple
            className="zw-multi kern-form-input__select"
            value={draft.dissolve}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-testid="reorg-dissolve"
            onChange={(e) => set({ ...draft, dissolve: Array.from(e.target.selectedOptions, (o) => o.value) })}
          >
            {options.map(({ unit: u, depth }) => (
              <option key={u.id} value={u.id}>{'\u00a0'.repeat(depth * 2)}{u.code} {u.name}</option>
            ))}
          </select>
        )}
      </Field>

      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('reorg.newUnits')}</legend>
        {draft.create.map((u, i) => {
          const upd = (patch: Partial<typeof u>) => set({ ...draft, create: draft.create.map((x) => (x.key === u.key ? { ...x, ...patch } : x)) });
          return (
            <fieldset key={u.key} className="kern-fieldset zw-panel" data-testid="reorg-new-unit">
              <legend className="kern-label">{t('reorg.newUnit', { n: i + 1 })}</legend>
              <div className="zw-admin-grid">
                <TextField label={t('org.code')} value={u.code} onChange={(v) => upd({ code: v })} errors={fe[`create.${i}.code`]} required />
                <TextField label={t('org.name')} value={u.name} onChange={(v) => upd({ name: v })} errors={fe[`create.${i}.name`]} required />
                <SelectField label={t('org.kind')} value={u.kind} onChange={(v) => upd({ kind: v as OrgUnitKind })} errors={fe[`create.${i}.kind`]}>
                  {unitKinds.map((k) => (
                    <option key={k} value={k}>{t(`kind.${k}`)}</option>
                  ))}
                </SelectField>
                <SelectField label={t('org.parent')} value={u.parent} onChange={(v) => upd({ parent: v })} errors={fe[`create.${i}.parentId`] ?? fe[`create.${i}.parentKey`]}>
                  {unitOptions}
                  {newOptions(u.key)}
                </SelectField>
                <PersonPicker label={t('org.leader')} people={people} value={u.leaderId} onChange={(v) => upd({ leaderId: v })} errors={fe[`create.${i}.leaderId`]} />
              </div>
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => set(removeNewUnit(draft, u.key))}>
                <span className="kern-label">{t('reorg.remove')}: {t('reorg.newUnit', { n: i + 1 })}</span>
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => set({ ...draft, create: [...draft.create, { key: newKey(), code: '', name: '', kind: 'AMT', parent: '', leaderId: '' }] })}>
          <span className="kern-label">{t('reorg.addUnit')}</span>
        </button>
      </fieldset>

      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('reorg.moves')}</legend>
        {draft.moves.map((m, i) => {
          const upd = (patch: Partial<typeof m>) => set({ ...draft, moves: draft.moves.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          return (
            <fieldset key={i} className="kern-fieldset zw-panel" data-testid="reorg-move">
              <legend className="kern-label">{t('reorg.move', { n: i + 1 })}</legend>
              <div className="zw-admin-grid">
                <SelectField label={t('reorg.from')} value={m.fromId ? `id:${m.fromId}` : ''} onChange={(v) => upd({ fromId: v.replace(/^id:/, '') })} errors={fe[`moves.${i}.fromId`]} required>
                  {unitOptions}
                </SelectField>
                <SelectField label={t('reorg.to')} value={m.to} onChange={(v) => upd({ to: v })} errors={fe[`moves.${i}.to`] ?? fe[`moves.${i}.toId`] ?? fe[`moves.${i}.toKey`]} required>
                  {unitOptions}
                  {newOptions()}
                </SelectField>
              </div>
              <fieldset className="kern-fieldset" aria-describedby={fe[`moves.${i}.what`] ? `move-${i}-what-err` : undefined}>
                <legend className="kern-label">{t('reorg.what')}</legend>
                <div className="zw-checks">
                  {reorgWhats.map((w: ReorgWhat) => (
                    <div key={w} className="kern-form-check">
                      <input
                        className="kern-form-check__checkbox"
                        type="checkbox"
                        id={`move-${i}-${w}`}
                        checked={m.what.includes(w)}
                        aria-invalid={fe[`moves.${i}.what`] ? true : undefined}
                        onChange={(e) => upd({ what: e.target.checked ? [...m.what, w] : m.what.filter((x) => x !== w) })}
                      />
                      <label className="kern-label" htmlFor={`move-${i}-${w}`}>{t(`reorg.what.${w}`)}</label>
                    </div>
                  ))}
                </div>
                {fe[`moves.${i}.what`] ? <p className="kern-error" id={`move-${i}-what-err`} role="alert"><span className="kern-body">{fe[`moves.${i}.what`].join(' ')}</span></p> : null}
              </fieldset>
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => set({ ...draft, moves: draft.moves.filter((_, j) => j !== i) })}>
                <span className="kern-label">{t('reorg.remove')}: {t('reorg.move', { n: i + 1 })}</span>
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => set({ ...draft, moves: [...draft.moves, { fromId: draft.dissolve[0] ?? '', to: '', what: [...reorgWhats] }] })}>
          <span className="kern-label">{t('reorg.addMove')}</span>
        </button>
      </fieldset>

      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--secondary" data-testid="reorg-dry"><span className="kern-label">{t('reorg.dryRun')}</span></button>
        <button type="button" className="kern-btn kern-btn--primary" aria-disabled={!canApply || undefined} data-testid="reorg-apply" onClick={() => (canApply ? setConfirm(true) : undefined)}>
          <span className="kern-label">{t('reorg.apply')}</span>
        </button>
      </div>

      <div ref={planRef} tabIndex={-1} data-testid="reorg-plan" aria-live="polite">
        {plan && !fresh ? <Alert kind="warning" title={t('reorg.stale')} /> : null}
        {plan && fresh ? <PlanView p={plan.p} /> : null}
      </div>
      {confirm && plan ? (
        <ConfirmDialog title={t('reorg.confirmTitle', { day: formatDate(draft.on, lang) })} confirmLabel={t('reorg.apply')} onCancel={() => setConfirm(false)} onConfirm={() => void apply()}>
          <p className="kern-body">{t('reorg.confirmText')}</p>
          <ul className="kern-list">
            {plan.p.steps.map((s, i) => (
              <li key={i} className="kern-body">{s.text} ({s.count})</li>
            ))}
          </ul>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

function PlanView({ p }: { p: Plan }) {
  const { t, lang } = useI18n();
  return (
    <>
      {p.userErrors.length === 0 ? (
        <Alert kind="success" title={t('reorg.planOk', { n: p.steps.length })} live />
      ) : (
        <Alert kind="danger" title={t('reorg.planProblems', { n: p.userErrors.length })} live>
          <ul className="kern-list" data-testid="reorg-problems">
            {p.userErrors.map((e, i) => (
              <li key={i} className="kern-body">{lang === 'de' ? e.message : e.messageEn}</li>
            ))}
          </ul>
        </Alert>
      )}
      {p.steps.length > 0 ? (
        <TableRegion label={t('reorg.plan')}>
          <table className="kern-table kern-table--small" data-testid="reorg-steps">
            <caption className="kern-title">{t('reorg.plan')}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('reorg.step')}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t('reorg.count')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {p.steps.map((s, i) => (
                <tr key={i} className="kern-table__row">
                  <td className="kern-table__cell">{s.text}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{s.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </>
  );
}
