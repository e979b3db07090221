import { useEffect, useRef, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import type { CombinedError } from '@urql/core';
import { useI18n } from '../../lib/i18n';
import { MeasureCreateDoc, MeasureUpdateDoc, MeasuresDoc, ProgrammesDoc } from '../../adminDocs';
import type { AdminMeasuresQuery, AdminProgrammesQuery, MeasureStatus } from '../../gql/graphql';
import { DoneNotice } from '../../components/DoneNotice';
import { AdminLayout } from '../../components/AdminLayout';
import { Loading, QueryError } from '../../components/States';
import { TableRegion } from '../../components/TableRegion';
import { SelectField, TextArea, TextField } from '../../components/Inputs';
import { FormAlert } from '../../components/FormAlert';
import { useSave } from '../../lib/useSave';
import { fetchAll } from '../../lib/fetchAll';
import { buildOrgTree, flattenTree } from '../../lib/orgTree';
import type { AUnit } from './useCascadeData';
import { today, useOrgUnits } from './useOrgUnits';

type Measure = AdminMeasuresQuery['consolidationMeasures']['nodes'][number];
type Programme = AdminProgrammesQuery['consolidationProgrammes'][number];
const statuses: MeasureStatus[] = ['PLANNED', 'IN_PROGRESS', 'REALISED', 'AT_RISK', 'DROPPED'] as MeasureStatus[];

export default function MeasuresAdmin() {
  const { t } = useI18n();
  const client = useClient();
  const { units } = useOrgUnits(today());
  const [progs] = useQuery({ query: ProgrammesDoc });
  const [list, setList] = useState<Measure[] | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [tick, setTick] = useState(0);
  const [open, setOpen] = useState<Measure | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void fetchAll(client, MeasuresDoc, {}, (d) => d.consolidationMeasures).then((r) => {
      if (!live) return;
      setError(r.error);
      setList(r.error ? null : r.nodes);
    });
    return () => {
      live = false;
    };
  }, [client, tick]);
  const reload = () => setTick((n) => n + 1);
  const programmes = progs.data?.consolidationProgrammes;

  return (
    <AdminLayout page="measures">
      <h1 className="kern-heading-large">{t('hm.title')}</h1>
      <DoneNotice message={done} />
      <div className="kern-btn-wrapper">
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => { setDone(null); setOpen('new'); }} data-testid="measure-new">
          <span className="kern-label">{t('hm.new')}</span>
        </button>
      </div>
      {open && units && programmes ? (
        <MeasureForm
          key={open === 'new' ? 'new' : open.id}
          measure={open === 'new' ? null : open}
          units={units}
          programmes={programmes}
          onDone={(m) => { setOpen(null); setDone(m); reload(); }}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {!list && !error ? <Loading /> : null}
      {error ? <QueryError error={error} retry={reload} /> : null}
      {list ? (
        <TableRegion label={t('hm.list')}>
          <table className="kern-table kern-table--small" data-testid="measure-table">
            <caption className="kern-sr-only">{t('hm.list')}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('hm.programme')}</th>
                <th scope="col" className="kern-table__header">{t('hm.number')}</th>
                <th scope="col" className="kern-table__header">{t('hm.titleField')}</th>
                <th scope="col" className="kern-table__header">{t('hm.unit')}</th>
                <th scope="col" className="kern-table__header">{t('hm.status')}</th>
                <th scope="col" className="kern-table__header">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {list.map((m) => (
                <tr key={m.id} className="kern-table__row">
                  <td className="kern-table__cell">{m.programme.name}</td>
                  <td className="kern-table__cell">{m.number}</td>
                  <td className="kern-table__cell">{m.title}</td>
                  <td className="kern-table__cell">{m.orgUnit.name}</td>
                  <td className="kern-table__cell">{t(`measure.${m.status}`)}</td>
                  <td className="kern-table__cell">
                    <button type="button" className="kern-btn kern-btn--tertiary" aria-label={`${t('admin.edit')}: ${m.number} ${m.title}`} onClick={() => { setDone(null); setOpen(m); }}>
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

function MeasureForm({ measure, units, programmes, onDone, onCancel }: { measure: Measure | null; units: AUnit[]; programmes: Programme[]; onDone: (m: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [programmeId, setProgrammeId] = useState(measure?.programme.id ?? '');
  const [number, setNumber] = useState(measure?.number ?? '');
  const [title, setTitle] = useState(measure?.title ?? '');
  const [description, setDescription] = useState(measure?.description ?? '');
  const [unitId, setUnitId] = useState(measure?.orgUnit.id ?? '');
  const [status, setStatus] = useState<string>(measure?.status ?? 'PLANNED');
  const [, create] = useMutation(MeasureCreateDoc);
  const [, update] = useMutation(MeasureUpdateDoc);
  const save = useSave();
  const formRef = useRef<HTMLFormElement>(null);
  const headRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headRef.current?.focus(), []);
  const fe = save.fieldErrors;
  const submit = async () => {
    const st = status as MeasureStatus;
    if (measure) {
      const d = await save.run(
        () => update({ input: { id: measure.id, expectedVersion: measure.version, number, title, description, status: st, ...(programmeId ? { programmeId } : {}), ...(unitId ? { orgUnitId: unitId } : {}) } }),
        'consolidationMeasureUpdate',
        formRef.current,
      );
      if (d) onDone(t('hm.saved', { number, title }));
    } else {
      const d = await save.run(() => create({ input: { programmeId, number, title, description, orgUnitId: unitId, status: st } }), 'consolidationMeasureCreate', formRef.current);
      if (d) onDone(t('hm.created', { number, title }));
    }
  };
  return (
    <form ref={formRef} className="zw-form zw-panel" aria-labelledby="hm-form-h" noValidate data-testid="measure-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id="hm-form-h" ref={headRef} tabIndex={-1} className="kern-heading-medium">{measure ? t('hm.editTitle', { number: measure.number }) : t('hm.new')}</h2>
      <FormAlert error={save.error} fieldErrors={fe} known={['programmeId', 'number', 'title', 'description', 'orgUnitId', 'status']} />
      <SelectField label={t('hm.programme')} name="programmeId" value={programmeId} onChange={setProgrammeId} errors={fe['programmeId']} required>
        <option value="">{t('admin.none')}</option>
        {programmes.map((p) => (
          <option key={p.id} value={p.id}>{p.kind} {p.name} ({p.fromYear}–{p.toYear})</option>
        ))}
      </SelectField>
      <TextField label={t('hm.number')} name="number" value={number} onChange={setNumber} errors={fe['number']} required />
      <TextField label={t('hm.titleField')} name="title" value={title} onChange={setTitle} errors={fe['title']} required />
      <TextArea label={t('hm.description')} name="description" value={description} onChange={setDescription} errors={fe['description']} />
      <SelectField label={t('hm.unit')} name="orgUnitId" value={unitId} onChange={setUnitId} errors={fe['orgUnitId']} required>
        <option value="">{t('admin.none')}</option>
        {flattenTree(buildOrgTree(units)).map(({ unit: u, depth }) => (
          <option key={u.id} value={u.id}>{'\u00a0'.repeat(depth * 2)}{u.code} {u.name}</option>
        ))}
      </SelectField>
      <SelectField label={t('hm.status')} name="status" value={status} onChange={setStatus} errors={fe['status']}>
        {statuses.map((s) => (
          <option key={s} value={s}>{t(`measure.${s}`)}</option>
        ))}
      </SelectField>
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.busy}><span className="kern-label">{save.busy ? t('admin.busy') : t('app.save')}</span></button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}><span className="kern-label">{t('app.cancel')}</span></button>
      </div>
    </form>
  );
}
