import { useEffect, useRef, useState } from 'react';
import { useClient, useMutation } from 'urql';
import type { CombinedError } from '@urql/core';
import { useI18n } from '../../lib/i18n';
import { GoalsDoc, KpiCreateDoc, KpiRetireDoc, KpiUpdateDoc, KpisDoc, ProductsDoc } from '../../adminDocs';
import { useSession } from '../../session';
import type { AdminGoalsQuery, AdminKpisQuery, AdminProductsQuery, KpiDirection, KpiKind, UpdateFrequency } from '../../gql/graphql';
import { DoneNotice } from '../../components/DoneNotice';
import { AdminLayout } from '../../components/AdminLayout';
import { Loading, QueryError } from '../../components/States';
import { TableRegion } from '../../components/TableRegion';
import { SelectField, TextArea, TextField } from '../../components/Inputs';
import { FormAlert } from '../../components/FormAlert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useSave } from '../../lib/useSave';
import { fetchAll } from '../../lib/fetchAll';
import { degreeToPercent, percentToDegree, thresholdProblems } from '../../lib/kpiForm';
import { formatPercent } from '../../lib/format';

type K = AdminKpisQuery['kpis']['nodes'][number];
type Links = { goals: AdminGoalsQuery['goals']['nodes']; products: AdminProductsQuery['products']['nodes'] };
const directions: KpiDirection[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];
const kinds: KpiKind[] = ['INPUT', 'OUTPUT', 'OUTCOME', 'EFFICIENCY', 'QUALITY'];
const frequencies: UpdateFrequency[] = ['YEARLY', 'QUARTERLY', 'MONTHLY'];

export default function KpiCatalogue() {
  const { t, lang } = useI18n();
  const client = useClient();
  const [list, setList] = useState<K[] | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [tick, setTick] = useState(0);
  const [open, setOpen] = useState<K | 'new' | null>(null);
  const [retiring, setRetiring] = useState<K | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [, retire] = useMutation(KpiRetireDoc);
  const save = useSave();
  useEffect(() => {
    let live = true;
    void fetchAll(client, KpisDoc, {}, (d) => d.kpis).then((r) => {
      if (!live) return;
      setError(r.error);
      setList(r.error ? null : r.nodes);
    });
    return () => {
      live = false;
    };
  }, [client, tick]);
  const { year } = useSession();
  const [links, setLinks] = useState<Links>({ goals: [], products: [] });
  useEffect(() => {
    if (!open) return;
    let live = true;
    void Promise.all([fetchAll(client, GoalsDoc, { year }, (d) => d.goals), fetchAll(client, ProductsDoc, {}, (d) => d.products)]).then(([g, p]) => {
      if (live) setLinks({ goals: g.nodes, products: p.nodes });
    });
    return () => {
      live = false;
    };
  }, [client, open, year]);
  const reload = () => setTick((n) => n + 1);
  const finish = (m: string) => {
    setOpen(null);
    setDone(m);
    reload();
  };

  return (
    <AdminLayout page="kpis">
      <h1 className="kern-heading-large">{t('kpiAdmin.title')}</h1>
      <DoneNotice message={done} />
      <div className="kern-btn-wrapper">
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => { setDone(null); setOpen('new'); }} data-testid="kpi-new">
          <span className="kern-label">{t('kpiAdmin.new')}</span>
        </button>
      </div>
      {open ? <KpiForm key={open === 'new' ? 'new' : open.id} kpi={open === 'new' ? null : open} links={links} onDone={finish} onCancel={() => setOpen(null)} /> : null}
      {!list && !error ? <Loading /> : null}
      {error ? <QueryError error={error} retry={reload} /> : null}
      {list ? (
        <TableRegion label={t('kpiAdmin.list')}>
          <table className="kern-table kern-table--small" data-testid="kpi-table">
            <caption className="kern-sr-only">{t('kpiAdmin.list')}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('kpiAdmin.code')}</th>
                <th scope="col" className="kern-table__header">{t('kpiAdmin.name')}</th>
                <th scope="col" className="kern-table__header">{t('kpiAdmin.kind')}</th>
                <th scope="col" className="kern-table__header">{t('kpiAdmin.thresholds')}</th>
                <th scope="col" className="kern-table__header">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {list.map((k) => (
                <tr key={k.id} className="kern-table__row">
                  <td className="kern-table__cell">{k.code ?? '–'}</td>
                  <td className="kern-table__cell">
                    {k.name}
                    {k.unit ? ` (${k.unit})` : ''}
                    {k.retiredAt ? <span className="kern-badge kern-badge--info zw-ml"><span className="kern-label">{t('admin.retired')}</span></span> : null}
                  </td>
                  <td className="kern-table__cell">{t(`kpiAdmin.kind.${k.kind}`)} · {t(`kpiAdmin.frequency.${k.frequency}`)}</td>
                  <td className="kern-table__cell">{formatPercent(k.greenThreshold * 100, lang)} / {formatPercent(k.yellowThreshold * 100, lang)}</td>
                  <td className="kern-table__cell">
                    <div className="zw-rowactions">
                      <button type="button" className="kern-btn kern-btn--tertiary" aria-label={`${t('admin.edit')}: ${k.name}`} onClick={() => { setDone(null); setOpen(k); }}>
                        <span className="kern-label">{t('admin.edit')}</span>
                      </button>
                      {!k.retiredAt ? (
                        <button type="button" className="kern-btn kern-btn--tertiary" aria-label={`${t('admin.retire')}: ${k.name}`} onClick={() => setRetiring(k)}>
                          <span className="kern-label">{t('admin.retire')}</span>
                        </button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {retiring ? (
        <ConfirmDialog
          title={t('kpiAdmin.retireTitle', { name: retiring.name })}
          confirmLabel={t('admin.retire')}
          busy={save.busy}
          onCancel={() => setRetiring(null)}
          onConfirm={async () => {
            const k = retiring;
            const d = await save.run(() => retire({ input: { id: k.id, expectedVersion: k.version } }), 'kpiRetire', null);
            setRetiring(null);
            if (d) finish(t('kpiAdmin.retiredDone', { name: k.name }));
          }}
        >
          <p className="kern-body">{t('kpiAdmin.retireText')}</p>
        </ConfirmDialog>
      ) : null}
      <FormAlert error={save.error} fieldErrors={save.fieldErrors} known={[]} />
    </AdminLayout>
  );
}

const fields = ['code', 'name', 'unit', 'direction', 'kind', 'frequency', 'definition', 'greenThreshold', 'yellowThreshold', 'goalId', 'productId'];

function KpiForm({ kpi, links, onDone, onCancel }: { kpi: K | null; links: Links; onDone: (m: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState(kpi?.code ?? '');
  const [name, setName] = useState(kpi?.name ?? '');
  const [unit, setUnit] = useState(kpi?.unit ?? '');
  const [direction, setDirection] = useState<string>(kpi?.direction ?? 'HIGHER_IS_BETTER');
  const [kind, setKind] = useState<string>(kpi?.kind ?? 'OUTPUT');
  const [frequency, setFrequency] = useState<string>(kpi?.frequency ?? 'YEARLY');
  const [definition, setDefinition] = useState(kpi?.definition ?? '');
  const [green, setGreen] = useState(degreeToPercent(kpi?.greenThreshold ?? 1));
  const [yellow, setYellow] = useState(degreeToPercent(kpi?.yellowThreshold ?? 0.9));
  const [goalId, setGoalId] = useState(kpi?.goal?.id ?? '');
  const [productId, setProductId] = useState(kpi?.product?.id ?? '');
  const [, create] = useMutation(KpiCreateDoc);
  const [, update] = useMutation(KpiUpdateDoc);
  const save = useSave();
  const formRef = useRef<HTMLFormElement>(null);
  const headRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headRef.current?.focus(), []);
  const fe = save.fieldErrors;
  const submit = async () => {
    const p = thresholdProblems(green, yellow);
    if (p.green || p.yellow || !name.trim()) {
      save.setFieldErrors({
        ...(name.trim() ? {} : { name: [t('admin.required')] }),
        ...(p.green ? { greenThreshold: [t(p.green)] } : {}),
        ...(p.yellow ? { yellowThreshold: [t(p.yellow)] } : {}),
      });
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    const g = percentToDegree(green);
    const y = percentToDegree(yellow);
    const common = {
      name,
      unit,
      direction: direction as KpiDirection,
      kind: kind as KpiKind,
      frequency: frequency as UpdateFrequency,
      definition,
      ...(g !== null ? { greenThreshold: g } : {}),
      ...(y !== null ? { yellowThreshold: y } : {}),
    };
    if (kpi) {
      const d = await save.run(
        () => update({ input: { id: kpi.id, expectedVersion: kpi.version, code: code.trim() || null, goalId: goalId || null, productId: productId || null, ...common } }),
        'kpiUpdate',
        formRef.current,
      );
      if (d) onDone(t('kpiAdmin.saved', { name }));
    } else {
      const d = await save.run(
        () => create({ input: { ...(code.trim() ? { code: code.trim() } : {}), ...(goalId ? { goalId } : {}), ...(productId ? { productId } : {}), ...common } }),
        'kpiCreate',
        formRef.current,
      );
      if (d) onDone(t('kpiAdmin.created', { name }));
    }
  };
  return (
    <form ref={formRef} className="zw-form zw-panel" aria-labelledby="kpi-form-h" noValidate data-testid="kpi-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id="kpi-form-h" ref={headRef} tabIndex={-1} className="kern-heading-medium">{kpi ? t('kpiAdmin.editTitle', { name: kpi.name }) : t('kpiAdmin.new')}</h2>
      <FormAlert error={save.error} fieldErrors={fe} known={fields} />
      <div className="zw-admin-grid">
        <TextField label={t('kpiAdmin.code')} name="code" value={code} onChange={setCode} errors={fe['code']} />
        <TextField label={t('kpiAdmin.name')} name="name" value={name} onChange={setName} errors={fe['name']} required />
        <TextField label={t('kpiAdmin.unit')} name="unit" value={unit} onChange={setUnit} errors={fe['unit']} />
        <SelectField label={t('kpiAdmin.direction')} name="direction" value={direction} onChange={setDirection} errors={fe['direction']}>
          {directions.map((d) => <option key={d} value={d}>{t(`kpiAdmin.direction.${d}`)}</option>)}
        </SelectField>
        <SelectField label={t('kpiAdmin.kind')} name="kind" value={kind} onChange={setKind} errors={fe['kind']}>
          {kinds.map((d) => <option key={d} value={d}>{t(`kpiAdmin.kind.${d}`)}</option>)}
        </SelectField>
        <SelectField label={t('kpiAdmin.frequency')} name="frequency" value={frequency} onChange={setFrequency} errors={fe['frequency']}>
          {frequencies.map((d) => <option key={d} value={d}>{t(`kpiAdmin.frequency.${d}`)}</option>)}
        </SelectField>
        <TextField label={t('kpiAdmin.green')} name="greenThreshold" hint={t('kpiAdmin.thresholdHint')} inputMode="decimal" value={green} onChange={setGreen} errors={fe['greenThreshold']} />
        <TextField label={t('kpiAdmin.yellow')} name="yellowThreshold" hint={t('kpiAdmin.thresholdHint')} inputMode="decimal" value={yellow} onChange={setYellow} errors={fe['yellowThreshold']} />
      </div>
      <TextArea label={t('kpiAdmin.definition')} name="definition" value={definition} onChange={setDefinition} errors={fe['definition']} />
      <div className="zw-admin-grid">
        <SelectField label={t('kpiAdmin.goal')} name="goalId" value={goalId} onChange={setGoalId} errors={fe['goalId']}>
          <option value="">{t('admin.none')}</option>
          {kpi?.goal && !links.goals.some((g) => g.id === kpi.goal!.id) ? <option value={kpi.goal.id}>{kpi.goal.title}</option> : null}
          {links.goals.map((g) => (
            <option key={g.id} value={g.id}>{g.title} ({g.orgUnit.name})</option>
          ))}
        </SelectField>
        <SelectField label={t('kpiAdmin.product')} name="productId" value={productId} onChange={setProductId} errors={fe['productId']}>
          <option value="">{t('admin.none')}</option>
          {kpi?.product && !links.products.some((p) => p.id === kpi.product!.id) ? <option value={kpi.product.id}>{kpi.product.number}</option> : null}
          {links.products.map((p) => (
            <option key={p.id} value={p.id}>{p.number} {p.name}</option>
          ))}
        </SelectField>
      </div>
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.busy}><span className="kern-label">{save.busy ? t('admin.busy') : t('app.save')}</span></button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}><span className="kern-label">{t('app.cancel')}</span></button>
      </div>
    </form>
  );
}
