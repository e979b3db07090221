import { useEffect, useRef, useState } from 'react';
import { useClient, useMutation } from 'urql';
import type { CombinedError } from '@urql/core';
import { useI18n } from '../../lib/i18n';
import { ProductCreateDoc, ProductUpdateDoc, ProductsDoc } from '../../adminDocs';
import type { AdminProductsQuery } from '../../gql/graphql';
import { DoneNotice } from '../../components/DoneNotice';
import { AdminLayout } from '../../components/AdminLayout';
import { Loading, QueryError } from '../../components/States';
import { TableRegion } from '../../components/TableRegion';
import { SelectField, TextField } from '../../components/Inputs';
import { FormAlert } from '../../components/FormAlert';
import { useSave } from '../../lib/useSave';
import { fetchAll } from '../../lib/fetchAll';
import { buildOrgTree, flattenTree } from '../../lib/orgTree';
import type { AUnit } from './useCascadeData';
import { today, useOrgUnits } from './useOrgUnits';

type Prod = AdminProductsQuery['products']['nodes'][number];

export default function ProductsAdmin() {
  const { t } = useI18n();
  const client = useClient();
  const { units } = useOrgUnits(today());
  const [list, setList] = useState<Prod[] | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [tick, setTick] = useState(0);
  const [open, setOpen] = useState<Prod | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void fetchAll(client, ProductsDoc, {}, (d) => d.products).then((r) => {
      if (!live) return;
      setError(r.error);
      setList(r.error ? null : r.nodes);
    });
    return () => {
      live = false;
    };
  }, [client, tick]);
  const reload = () => setTick((n) => n + 1);

  return (
    <AdminLayout page="products">
      <h1 className="kern-heading-large">{t('prod.title')}</h1>
      <DoneNotice message={done} />
      <div className="kern-btn-wrapper">
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => { setDone(null); setOpen('new'); }} data-testid="product-new">
          <span className="kern-label">{t('prod.new')}</span>
        </button>
      </div>
      {open && units ? (
        <ProductForm
          key={open === 'new' ? 'new' : open.id}
          product={open === 'new' ? null : open}
          units={units}
          onDone={(m) => { setOpen(null); setDone(m); reload(); }}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {!list && !error ? <Loading /> : null}
      {error ? <QueryError error={error} retry={reload} /> : null}
      {list ? (
        <TableRegion label={t('prod.list')}>
          <table className="kern-table kern-table--small" data-testid="product-table">
            <caption className="kern-sr-only">{t('prod.list')}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('prod.number')}</th>
                <th scope="col" className="kern-table__header">{t('prod.name')}</th>
                <th scope="col" className="kern-table__header">{t('prod.unit')}</th>
                <th scope="col" className="kern-table__header">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {list.map((p) => (
                <tr key={p.id} className="kern-table__row">
                  <td className="kern-table__cell">{p.number}</td>
                  <td className="kern-table__cell">{p.name}</td>
                  <td className="kern-table__cell">{p.orgUnit.name}</td>
                  <td className="kern-table__cell">
                    <button type="button" className="kern-btn kern-btn--tertiary" aria-label={`${t('admin.edit')}: ${p.number} ${p.name}`} onClick={() => { setDone(null); setOpen(p); }}>
                      <span className="kern-label">{t('admin.edit')}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </AdminLayout>
  );
}

function ProductForm({ product, units, onDone, onCancel }: { product: Prod | null; units: AUnit[]; onDone: (m: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [number, setNumber] = useState(product?.number ?? '');
  const [name, setName] = useState(product?.name ?? '');
  const [unitId, setUnitId] = useState(product?.orgUnit.id ?? '');
  const [, create] = useMutation(ProductCreateDoc);
  const [, update] = useMutation(ProductUpdateDoc);
  const save = useSave();
  const formRef = useRef<HTMLFormElement>(null);
  const headRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headRef.current?.focus(), []);
  const fe = save.fieldErrors;
  const submit = async () => {
    if (product) {
      const d = await save.run(() => update({ input: { id: product.id, expectedVersion: product.version, number, name, ...(unitId ? { orgUnitId: unitId } : {}) } }), 'productUpdate', formRef.current);
      if (d) onDone(t('prod.saved', { number, name }));
    } else {
      const d = await save.run(() => create({ input: { number, name, orgUnitId: unitId } }), 'productCreate', formRef.current);
      if (d) onDone(t('prod.created', { number, name }));
    }
  };
  return (
    <form ref={formRef} className="zw-form zw-panel" aria-labelledby="prod-form-h" noValidate data-testid="product-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id="prod-form-h" ref={headRef} tabIndex={-1} className="kern-heading-medium">{product ? t('prod.editTitle', { number: product.number }) : t('prod.new')}</h2>
      <FormAlert error={save.error} fieldErrors={fe} known={['number', 'name', 'orgUnitId']} />
      <TextField label={t('prod.number')} name="number" hint={t('prod.numberHint')} value={number} onChange={setNumber} errors={fe['number']} required inputMode="numeric" />
      <TextField label={t('prod.name')} name="name" value={name} onChange={setName} errors={fe['name']} required />
      <SelectField label={t('prod.unit')} name="orgUnitId" value={unitId} onChange={setUnitId} errors={fe['orgUnitId']} required>
        <option value="">{t('admin.none')}</option>
        {flattenTree(buildOrgTree(units)).map(({ unit: u, depth }) => (
          <option key={u.id} value={u.id}>{'\u00a0'.repeat(depth * 2)}{u.code} {u.name}</option>
        ))}
      </SelectField>
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.busy}><span className="kern-label">{save.busy ? t('admin.busy') : t('app.save')}</span></button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}><span className="kern-label">{t('app.cancel')}</span></button>
      </div>
    </form>
  );
}
