import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../lib/i18n';
import { StrategicGoalCreateDoc, StrategicGoalRetireDoc, StrategicGoalUpdateDoc, StrategicGoalsDoc } from '../../adminDocs';
import type { AdminStrategicGoalsQuery } from '../../gql/graphql';
import { DoneNotice } from '../../components/DoneNotice';
import { AdminLayout } from '../../components/AdminLayout';
import { Loading, QueryError } from '../../components/States';
import { TableRegion } from '../../components/TableRegion';
import { TextArea, TextField } from '../../components/Inputs';
import { FormAlert } from '../../components/FormAlert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useSave } from '../../lib/useSave';

type SG = AdminStrategicGoalsQuery['strategicGoals'][number];

export default function StrategicGoalsAdmin() {
  const { t } = useI18n();
  const [res, reexecute] = useQuery({ query: StrategicGoalsDoc, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<SG | 'new' | null>(null);
  const [retiring, setRetiring] = useState<SG | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [, retire] = useMutation(StrategicGoalRetireDoc);
  const save = useSave();
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const list = res.data?.strategicGoals ?? [];

  return (
    <AdminLayout page="strategic">
      <h1 className="kern-heading-large">{t('sg.title')}</h1>
      <DoneNotice message={done} />
      <div className="kern-btn-wrapper">
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => { setDone(null); setEditing('new'); }} data-testid="sg-new">
          <span className="kern-label">{t('sg.new')}</span>
        </button>
      </div>
      {editing ? (
        <SgForm
          sg={editing === 'new' ? null : editing}
          nextNumber={Math.max(0, ...list.map((s) => s.number)) + 1}
          onDone={(msg) => {
            setEditing(null);
            setDone(msg);
            reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {res.fetching && !res.data ? <Loading /> : null}
      {res.error && !res.data ? <QueryError error={res.error} retry={reload} /> : null}
      {res.data ? (
        <TableRegion label={t('sg.list')}>
          <table className="kern-table" data-testid="sg-table">
            <caption className="kern-sr-only">{t('sg.list')}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t('sg.number')}</th>
                <th scope="col" className="kern-table__header">{t('sg.goalTitle')}</th>
                <th scope="col" className="kern-table__header">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {list.map((s) => (
                <tr key={s.id} className="kern-table__row">
                  <td className="kern-table__cell kern-table__cell--numeric">{s.number}</td>
                  <td className="kern-table__cell">
                    {s.title}
                    {s.retiredAt ? <span className="kern-badge kern-badge--info zw-ml"><span className="kern-label">{t('admin.retired')}</span></span> : null}
                  </td>
                  <td className="kern-table__cell">
                    <div className="zw-rowactions">
                      <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => { setDone(null); setEditing(s); }} aria-label={`${t('admin.edit')}: ${s.number} ${s.title}`}>
                        <span className="kern-label">{t('admin.edit')}</span>
                      </button>
                      {!s.retiredAt ? (
                        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setRetiring(s)} aria-label={`${t('admin.retire')}: ${s.number} ${s.title}`}>
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
          title={t('sg.retireTitle', { number: retiring.number })}
          confirmLabel={t('admin.retire')}
          busy={save.busy}
          onCancel={() => setRetiring(null)}
          onConfirm={async () => {
            const s = retiring;
            const d = await save.run(() => retire({ input: { id: s.id, expectedVersion: s.version } }), 'strategicGoalRetire', null);
            setRetiring(null);
            if (d) {
              setDone(t('sg.retiredDone', { number: s.number, title: s.title }));
              reload();
            }
          }}
        >
          <p className="kern-body">{t('sg.retireText', { title: retiring.title })}</p>
        </ConfirmDialog>
      ) : null}
      <FormAlert error={save.error} fieldErrors={editing ? {} : save.fieldErrors} known={[]} />
    </AdminLayout>
  );
}

function SgForm({ sg, nextNumber, onDone, onCancel }: { sg: SG | null; nextNumber: number; onDone: (msg: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [number, setNumber] = useState(String(sg?.number ?? nextNumber));
  const [title, setTitle] = useState(sg?.title ?? '');
  const [description, setDescription] = useState(sg?.description ?? '');
  const [, create] = useMutation(StrategicGoalCreateDoc);
  const [, update] = useMutation(StrategicGoalUpdateDoc);
  const save = useSave();
  const formRef = useRef<HTMLFormElement>(null);
  const headRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headRef.current?.focus(), []);
  const fe = save.fieldErrors;

  const submit = async () => {
    const n = Number(number);
    if (!Number.isInteger(n) || !title.trim()) {
      save.setFieldErrors({ ...(Number.isInteger(n) ? {} : { number: [t('kpiAdmin.badNumber')] }), ...(title.trim() ? {} : { title: [t('admin.required')] }) });
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    if (sg) {
      const d = await save.run(() => update({ input: { id: sg.id, expectedVersion: sg.version, number: n, title, description } }), 'strategicGoalUpdate', formRef.current);
      if (d) onDone(t('sg.saved', { number: n, title }));
    } else {
      const d = await save.run(() => create({ input: { number: n, title, description } }), 'strategicGoalCreate', formRef.current);
      if (d) onDone(t('sg.created', { number: n, title }));
    }
  };

  return (
    <form ref={formRef} className="zw-form zw-panel" aria-labelledby="sg-form-h" noValidate data-testid="sg-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id="sg-form-h" ref={headRef} tabIndex={-1} className="kern-heading-medium">{sg ? t('sg.editTitle', { number: sg.number }) : t('sg.new')}</h2>
      <FormAlert error={save.error} fieldErrors={fe} known={['number', 'title', 'description']} />
      <TextField label={t('sg.number')} name="number" value={number} onChange={setNumber} errors={fe['number']} inputMode="numeric" required />
      <TextField label={t('sg.goalTitle')} name="title" value={title} onChange={setTitle} errors={fe['title']} required />
      <TextArea label={t('sg.description')} name="description" value={description} onChange={setDescription} errors={fe['description']} />
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.busy}><span className="kern-label">{save.busy ? t('admin.busy') : t('app.save')}</span></button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}><span className="kern-label">{t('app.cancel')}</span></button>
      </div>
    </form>
  );
}
