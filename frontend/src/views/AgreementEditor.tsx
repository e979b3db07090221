import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { AgreementDoc, ItemAddDoc, ItemRemoveDoc, ItemUpdateDoc } from '../agreementDocs';
import type { AgreementFieldsFragment } from '../gql/graphql';
import { ErrorState, Loading, Alert, Empty } from '../components/States';
import { Field } from '../components/Field';
import { StatusBadge } from '../components/StatusBadge';
import { Link, paths } from '../lib/router';
import { checkWeights, parseWeight } from '../lib/weights';
import { errorMessage, viewError, type AppError } from '../lib/errors';
import { outcomeOf } from '../lib/mutation';
import { formatNumber } from '../lib/format';
import { checkTarget, type TargetUnit } from '../lib/target';

type A = AgreementFieldsFragment;
type Item = NonNullable<A['items']>[number];

const LinkOptionsDoc = graphql(`
  query EditorLinkOptions($unit: ID!, $year: Int!) {
    node(id: $unit) {
      ... on OrgUnit {
        id
        goals(year: $year, first: 40) {
          nodes {
            id
            title
            kpis(first: 10) {
              nodes {
                id
                name
                unit
              }
            }
          }
        }
        consolidationMeasures(first: 30) {
          nodes {
            id
            number
            title
          }
        }
      }
    }
  }
`);

interface Draft {
  title: string;
  description: string;
  weight: string;
  target: string;
  goalId: string;
  kpiId: string;
  measureId: string;
  unit: TargetUnit;
}

const UNITS: TargetUnit[] = ['NONE', 'PERCENT', 'EUR', 'DAYS', 'COUNT'];

function draftOf(it: Item | null, lang: 'de' | 'en'): Draft {
  return {
    title: it?.title ?? '',
    description: it?.description ?? '',
    weight: it ? String(it.weightPercent) : '',
    target: it?.targetValue !== null && it?.targetValue !== undefined ? formatNumber(it.targetValue, lang, 6, '') : '',
    goalId: it?.goal?.id ?? '',
    kpiId: it?.kpi?.id ?? '',
    measureId: it?.measure?.id ?? '',
    unit: it?.targetUnit ?? 'NONE',
  };
}

export default function AgreementEditor({ id }: { id: string }) {
  const { t } = useI18n();
  const [res, re] = useQuery({ query: AgreementDoc, variables: { id } });
  const node = res.data?.node;
  const a = node && 'status' in node ? (node as A) : null;
  const err = viewError(res.error, !!a);
  if (err) return <ErrorState error={err} retry={() => re({ requestPolicy: 'network-only' })} back={{ href: paths.agreements(), label: t('error.toAgreements') }} />;
  if (!a) return res.fetching || !res.data ? <Loading /> : <ErrorState error={{ code: 'NOT_FOUND' }} />;
  if (a.items === null) return <ErrorState error={{ code: 'FORBIDDEN' }} />;
  return <Editor a={a} reload={() => re({ requestPolicy: 'network-only' })} />;
}

function Editor({ a, reload }: { a: A; reload: () => void }) {
  const { t, lang } = useI18n();
  const items = useMemo(() => [...(a.items ?? [])].sort((x, y) => x.position - y.position), [a.items]);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [newDraft, setNewDraft] = useState<Draft>(draftOf(null, lang));
  const [fieldErrors, setFieldErrors] = useState<Record<string, Record<string, string[]>>>({});
  const [formError, setFormError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [, add] = useMutation(ItemAddDoc);
  const [, update] = useMutation(ItemUpdateDoc);
  const [, remove] = useMutation(ItemRemoveDoc);
  const [opts] = useQuery({ query: LinkOptionsDoc, variables: { unit: a.orgUnit.id, year: a.year } });

  // Keep drafts in step with the server's items after each save, without
  // losing what the person typed into items not saved yet.
  const serverDrafts = useRef<Record<string, Draft>>({});
  useEffect(() => {
    const prev = serverDrafts.current;
    const next = Object.fromEntries(items.map((it) => [it.id, draftOf(it, lang)]));
    setDrafts((cur) =>
      Object.fromEntries(
        items.map((it) => {
          const mine = cur[it.id];
          const dirty = mine && prev[it.id] && JSON.stringify(mine) !== JSON.stringify(prev[it.id]);
          return [it.id, dirty ? mine : next[it.id]];
        }),
      ),
    );
    serverDrafts.current = next;
  }, [items, lang]);

  const weights = items.map((it) => ({ weightPercent: parseWeight(drafts[it.id]?.weight ?? String(it.weightPercent)) }));
  const withNew = newDraft.weight.trim() !== '' ? [...weights, { weightPercent: parseWeight(newDraft.weight) }] : weights;
  const check = checkWeights(withNew);

  const editable = a.status === 'DRAFT' && a.viewerCanEdit;
  const unitNode = opts.data?.node && 'goals' in opts.data.node ? opts.data.node : null;
  const goals = unitNode?.goals.nodes ?? [];
  const kpis = goals.flatMap((g) => g.kpis.nodes);
  const measures = unitNode?.consolidationMeasures.nodes ?? [];
  // Labels for links that are not among the unit's options (e.g. an Amt's HSP measure).
  const linkLabels = new Map<string, string>();
  for (const it of items) {
    if (it.goal) linkLabels.set(it.goal.id, it.goal.title);
    if (it.kpi) linkLabels.set(it.kpi.id, `${it.kpi.name} (${it.kpi.unit})`);
    if (it.measure) linkLabels.set(it.measure.id, `${it.measure.number} ${it.measure.title}`);
  }

  // The unit of the linked KPI, from the options or the item as saved.
  const kpiUnits = new Map<string, string>([...kpis, ...items.flatMap((it) => (it.kpi ? [it.kpi] : []))].map((k) => [k.id, k.unit]));
  const kpiUnit = (d: Draft) => (d.kpiId ? (kpiUnits.get(d.kpiId) ?? null) : null);
  const targetOf = (d: Draft) => {
    const tc = checkTarget(d.target, kpiUnit(d));
    return tc.ok ? tc.value : null;
  };
  // A unit typed with the target ("30 Tage") fills the item's unit.
  const withTarget = (d: Draft, target: string): Draft => {
    const tc = checkTarget(target, kpiUnit(d));
    return { ...d, target, unit: tc.ok && tc.unit ? tc.unit : d.unit };
  };
  const targetHint = (d: Draft) => {
    const u = kpiUnit(d);
    const tc = checkTarget(d.target, u);
    if (tc.ok && tc.unitNotSaved) return t('target.unitNotSaved', { unit: tc.unitNotSaved });
    return u ? t('target.hintKpi', { unit: u }) : t('target.hint');
  };

  const localCheck = (d: Draft): Record<string, string[]> => {
    const e: Record<string, string[]> = {};
    if (d.title.trim() === '') e.title = [t('editor.titleRequired')];
    if (parseWeight(d.weight) === null || parseWeight(d.weight)! < 1 || parseWeight(d.weight)! > 100) e.weightPercent = [t('editor.weightInvalid')];
    const tc = checkTarget(d.target, kpiUnit(d));
    if (!tc.ok) e.targetValue = [tc.error === 'unit' ? t('target.unit', { unit: tc.kpiUnit }) : t('target.invalid')];
    return e;
  };

  const finish = (key: string, o: ReturnType<typeof outcomeOf>, rowKey: string) => {
    setFormError(o.error);
    setFieldErrors((fe) => ({ ...fe, [rowKey]: o.fieldErrors }));
    setSaved(o.ok);
    void key;
  };

  /** Saves one item; returns the agreement's new version, or null when it failed. */
  const save = async (it: Item, version = a.version): Promise<number | null> => {
    const d = drafts[it.id];
    const local = localCheck(d);
    if (Object.keys(local).length) {
      setFieldErrors((fe) => ({ ...fe, [it.id]: local }));
      return null;
    }
    setBusy(true);
    const r = await update({
      input: {
        itemId: it.id,
        expectedVersion: version,
        title: d.title,
        description: d.description,
        weightPercent: parseWeight(d.weight)!,
        targetValue: targetOf(d),
        targetUnit: d.unit,
        goalId: d.goalId || null,
        kpiId: d.kpiId || null,
        measureId: d.measureId || null,
      },
    });
    setBusy(false);
    const o = outcomeOf(r, 'agreementItemUpdate', lang);
    finish('agreementItemUpdate', o, it.id);
    return o.ok ? (r.data?.agreementItemUpdate.agreement?.version ?? null) : null;
  };

  const dirtyItems = items.filter((it) => drafts[it.id] && JSON.stringify(drafts[it.id]) !== JSON.stringify(draftOf(it, lang)));

  /** Saves every changed item in turn, each with the version the previous save returned. */
  const saveAll = async () => {
    let v: number | null = a.version;
    for (const it of dirtyItems) {
      v = await save(it, v);
      if (v === null) return;
    }
  };

  const addItem = async () => {
    const local = localCheck(newDraft);
    if (Object.keys(local).length) {
      setFieldErrors((fe) => ({ ...fe, new: local }));
      return;
    }
    setBusy(true);
    const r = await add({
      input: {
        agreementId: a.id,
        expectedVersion: a.version,
        title: newDraft.title,
        description: newDraft.description,
        weightPercent: parseWeight(newDraft.weight)!,
        targetValue: targetOf(newDraft),
        targetUnit: newDraft.unit,
        goalId: newDraft.goalId || null,
        kpiId: newDraft.kpiId || null,
        measureId: newDraft.measureId || null,
      },
    });
    setBusy(false);
    const o = outcomeOf(r, 'agreementItemAdd', lang);
    finish('agreementItemAdd', o, 'new');
    if (o.ok) setNewDraft(draftOf(null, lang));
  };

  const removeItem = async (it: Item) => {
    setBusy(true);
    const r = await remove({ input: { itemId: it.id, expectedVersion: a.version } });
    setBusy(false);
    finish('agreementItemRemove', outcomeOf(r, 'agreementItemRemove', lang), it.id);
  };

  const sumText =
    check.state === 'ok'
      ? t('editor.sumOk')
      : check.state === 'under'
        ? t('editor.sumUnder', { n: check.remaining })
        : check.state === 'over'
          ? t('editor.sumOver', { n: -check.remaining })
          : check.state === 'invalid'
            ? t('editor.sumInvalid')
            : t('editor.sumEmpty');

  // The budget-compliance item keeps its title and links (the server refuses changes); only weight and description move.
  const row = (key: string, d: Draft, setD: (d: Draft) => void, errs: Record<string, string[]> = {}, fixed = false) => (
    <div className="zw-itemgrid">
      <Field label={t('agreement.itemTitle')} errors={errs.title} className="zw-itemgrid__title">
        {({ id, describedBy, invalid }) => (
          <input id={id} className="kern-form-input__input" value={d.title} required aria-describedby={describedBy} aria-invalid={invalid || undefined} disabled={!editable || fixed} onChange={(e) => setD({ ...d, title: e.target.value })} />
        )}
      </Field>
      <Field label={`${t('agreement.weight')} (%)`} hint={t('editor.weightHint')} errors={errs.weightPercent}>
        {({ id, describedBy, invalid }) => (
          <input id={id} data-testid={`weight-${key}`} inputMode="numeric" className="kern-form-input__input kern-form-input__input--width-4" value={d.weight} aria-describedby={describedBy} aria-invalid={invalid || undefined} disabled={!editable} onChange={(e) => setD({ ...d, weight: e.target.value })} />
        )}
      </Field>
      <Field label={t('agreement.target')} hint={targetHint(d)} errors={errs.targetValue}>
        {({ id, describedBy, invalid }) => (
          <input id={id} data-testid={`target-${key}`} className="kern-form-input__input" value={d.target} aria-describedby={describedBy} aria-invalid={invalid || undefined} disabled={!editable} onChange={(e) => setD(withTarget(d, e.target.value))} />
        )}
      </Field>
      <Field label={t('target.unitLabel')} hint={kpiUnit(d) ? t('target.unitKpi', { unit: kpiUnit(d)! }) : undefined} errors={errs.targetUnit}>
        {({ id, describedBy }) => (
          <div className="kern-form-input__select-wrapper">
            <select id={id} data-testid={`unit-${key}`} className="kern-form-input__select" value={d.unit} aria-describedby={describedBy} disabled={!editable || fixed || !!d.kpiId} onChange={(e) => setD({ ...d, unit: e.target.value as TargetUnit })}>
              {d.kpiId ? (
                // The KPI's unit wins (the server's rule): the choice shows it and stays closed.
                <option value={d.unit}>{kpiUnit(d) ?? t(`unit.${d.unit}`)}</option>
              ) : (
                UNITS.map((u) => (
                  <option key={u} value={u}>{t(`unit.${u}`)}</option>
                ))
              )}
            </select>
          </div>
        )}
      </Field>
      <Field label={t('editor.description')} errors={errs.description} className="zw-itemgrid__wide">
        {({ id, describedBy, invalid }) => (
          <textarea id={id} rows={2} className="kern-form-input__input" value={d.description} aria-describedby={describedBy} aria-invalid={invalid || undefined} disabled={!editable} onChange={(e) => setD({ ...d, description: e.target.value })} />
        )}
      </Field>
      <Field label={t('editor.goal')} errors={errs.goalId}>
        {({ id, describedBy }) => (
          <div className="kern-form-input__select-wrapper">
            <select id={id} className="kern-form-input__select" value={d.goalId} aria-describedby={describedBy} disabled={!editable || fixed} onChange={(e) => setD({ ...d, goalId: e.target.value })}>
              <option value="">{t('editor.noLink')}</option>
              {d.goalId && !goals.some((g) => g.id === d.goalId) ? <option value={d.goalId}>{linkLabels.get(d.goalId) ?? d.goalId}</option> : null}
              {goals.map((g) => (
                <option key={g.id} value={g.id}>{g.title}</option>
              ))}
            </select>
          </div>
        )}
      </Field>
      <Field label={t('editor.kpi')} errors={errs.kpiId}>
        {({ id, describedBy }) => (
          <div className="kern-form-input__select-wrapper">
            <select id={id} className="kern-form-input__select" value={d.kpiId} aria-describedby={describedBy} disabled={!editable || fixed} onChange={(e) => setD({ ...d, kpiId: e.target.value })}>
              <option value="">{t('editor.noLink')}</option>
              {d.kpiId && !kpis.some((k) => k.id === d.kpiId) ? <option value={d.kpiId}>{linkLabels.get(d.kpiId) ?? d.kpiId}</option> : null}
              {kpis.map((k) => (
                <option key={k.id} value={k.id}>{k.name} ({k.unit})</option>
              ))}
            </select>
          </div>
        )}
      </Field>
      <Field label={t('editor.measure')} errors={errs.measureId}>
        {({ id, describedBy }) => (
          <div className="kern-form-input__select-wrapper">
            <select id={id} className="kern-form-input__select" value={d.measureId} aria-describedby={describedBy} disabled={!editable || fixed} onChange={(e) => setD({ ...d, measureId: e.target.value })}>
              <option value="">{t('editor.noLink')}</option>
              {d.measureId && !measures.some((m) => m.id === d.measureId) ? <option value={d.measureId}>{linkLabels.get(d.measureId) ?? d.measureId}</option> : null}
              {measures.map((m) => (
                <option key={m.id} value={m.id}>{m.number} {m.title}</option>
              ))}
            </select>
          </div>
        )}
      </Field>
      {errs[''] ? <p className="kern-error" role="alert"><span className="kern-body">{errs[''].join(' ')}</span></p> : null}
    </div>
  );

  return (
    <div className="zw-editor" data-testid="editor">
      <div className="zw-pagehead">
        <h1 className="kern-heading-large">{t('editor.title')}: {a.orgUnit.name} {a.year}</h1>
        <StatusBadge status={a.status} />
      </div>
      <p>
        <Link className="kern-link" href={paths.agreement(a.id)}>
          ← {t('editor.done')}
        </Link>
      </p>
      {!editable ? (
        <Alert kind="info" title={t('editor.notDraft', { status: t(`status.${a.status}`) })} />
      ) : null}
      <div className={`zw-weightsum zw-weightsum--${check.state}`} role="status" aria-live="polite" data-testid="weight-sum" data-sum={check.sum} data-state={check.state}>
        <strong>{t('editor.sum', { sum: check.sum })}</strong> <span aria-hidden="true">{check.state === 'ok' ? '✓' : '!'}</span> <span>{sumText}</span>
        <progress className="kern-progress zw-progress" max={100} value={Math.min(check.sum, 100)} aria-hidden="true" />
      </div>
      {editable && items.length > 0 ? (
        <div className="kern-btn-wrapper zw-noprint">
          <button type="button" className="kern-btn kern-btn--primary" data-testid="save-all" disabled={busy || dirtyItems.length === 0} onClick={() => void saveAll()}>
            <span className="kern-label">{t('editor.saveAll', { n: dirtyItems.length })}</span>
          </button>
        </div>
      ) : null}
      {formError ? (
        <Alert kind="danger" title={formError.code === 'CONFLICT' ? t('error.conflictTitle') : t('error.title')} live>
          <p className="kern-body">{errorMessage(formError, lang)}</p>
          {formError.code === 'CONFLICT' ? (
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => { setFormError(null); reload(); }}>
              <span className="kern-label">{t('app.reload')}</span>
            </button>
          ) : null}
        </Alert>
      ) : null}
      {saved ? <Alert kind="success" title={t('editor.saved')} live /> : null}
      {fieldErrors['agreement']?.[''] ? <Alert kind="danger" title={fieldErrors['agreement'][''].join(' ')} live /> : null}
      {items.length === 0 ? <Empty>{t('agreement.noItems')}</Empty> : null}
      <ol className="zw-items">
        {items.map((it, i) => {
          const d = drafts[it.id] ?? draftOf(it, lang);
          const dirty = JSON.stringify(d) !== JSON.stringify(draftOf(it, lang));
          return (
            <li key={it.id} className="kern-card zw-itemcard" data-testid={`item-${i + 1}`}>
              <div className="kern-card__container">
                <fieldset className="kern-fieldset">
                  <legend className="kern-label kern-label--large">
                    {t('editor.itemN', { n: i + 1 })}
                    {it.budgetCompliance ? ` – ${t('agreement.budgetItem')}` : ''}
                  </legend>
                  {row(`${i + 1}`, d, (nd) => setDrafts({ ...drafts, [it.id]: nd }), fieldErrors[it.id], it.budgetCompliance)}
                  {editable ? (
                    <div className="kern-btn-wrapper">
                      <button type="button" className="kern-btn kern-btn--primary" disabled={busy || !dirty} data-testid={`save-${i + 1}`} onClick={() => void save(it)}>
                        <span className="kern-label">{t('editor.update')}</span>
                      </button>
                      {!it.budgetCompliance ? (
                        <button type="button" className="kern-btn kern-btn--tertiary" disabled={busy} onClick={() => void removeItem(it)}>
                          <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                          <span className="kern-label">{t('editor.remove')}</span>
                        </button>
                      ) : null}
                    </div>
                  ) : null}
                </fieldset>
              </div>
            </li>
          );
        })}
      </ol>
      {editable ? (
        <section className="kern-card zw-itemcard" aria-labelledby="new-h">
          <div className="kern-card__container">
            <h2 id="new-h" className="kern-heading-small">{t('editor.newItem')}</h2>
            {row('new', newDraft, setNewDraft, fieldErrors['new'])}
            <button type="button" className="kern-btn kern-btn--secondary" disabled={busy} onClick={() => void addItem()}>
              <span className="kern-icon kern-icon--add" aria-hidden="true" />
              <span className="kern-label">{t('editor.addItem')}</span>
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
