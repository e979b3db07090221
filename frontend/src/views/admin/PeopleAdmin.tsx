import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../lib/i18n';
import { PersonCreateDoc, PersonDoc, PersonLeaveDoc, PersonUpdateDoc } from '../../adminDocs';
import type { AdminPersonFieldsFragment as P, AdminPersonLeaveMutation, Employment } from '../../gql/graphql';
import { DoneNotice } from '../../components/DoneNotice';
import { AdminLayout } from '../../components/AdminLayout';
import { Alert, Empty, Loading, QueryError } from '../../components/States';
import { TableRegion } from '../../components/TableRegion';
import { SelectField, TextField } from '../../components/Inputs';
import { FormAlert } from '../../components/FormAlert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useSave } from '../../lib/useSave';
import { formatDate } from '../../lib/format';
import { parseNumber } from '../../lib/number';
import { today, useOrgUnits } from './useOrgUnits';

const PeopleListDoc = graphql(`
  query AdminPeople($search: String, $includeLeft: Boolean) {
    people(search: $search, includeLeft: $includeLeft, first: 100) {
      totalCount
      nodes {
        id
        name
        position
        email
        leftOn
      }
    }
  }
`);

type Open = { kind: 'new' } | { kind: 'edit'; person: P } | { kind: 'leave'; person: P } | null;
type Leave = AdminPersonLeaveMutation['personLeave'];

export default function PeopleAdmin() {
  const { t, lang } = useI18n();
  const client = useClient();
  const { units, error, fetching, reload } = useOrgUnits(today());
  const [q, setQ] = useState('');
  const [byId, setById] = useState('');
  const [byIdError, setByIdError] = useState<string[] | undefined>();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const [left, setLeft] = useState<Leave | null>(null);
  const [includeLeft, setIncludeLeft] = useState(false);
  const needle = q.trim();
  // The directory from the server (search by name, position or e-mail); "Leitet" from the org units.
  const [list, relist] = useQuery({ query: PeopleListDoc, variables: { search: needle || null, includeLeft } });
  const leads = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const u of units ?? []) if (u.leader) m.set(u.leader.id, [...(m.get(u.leader.id) ?? []), u.name]);
    return m;
  }, [units]);
  const hits = (list.data?.people.nodes ?? []).map((p) => ({ ...p, units: leads.get(p.id) ?? [] }));

  const load = async (id: string, kind: 'edit' | 'leave') => {
    setDone(null);
    setLeft(null);
    const r = await client.query(PersonDoc, { id }, { requestPolicy: 'network-only' }).toPromise();
    const n = r.data?.node;
    if (n && 'name' in n && 'version' in n) {
      setOpen({ kind, person: n as P });
      return true;
    }
    return false;
  };
  const finish = (m: string) => {
    setOpen(null);
    setDone(m);
    reload();
    relist({ requestPolicy: 'network-only' });
  };

  return (
    <AdminLayout page="people">
      <h1 className="kern-heading-large">{t('person.title')}</h1>
      <DoneNotice message={done}>{left ? <LeaveResult r={left} /> : null}</DoneNotice>
      <div className="kern-btn-wrapper">
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => { setDone(null); setLeft(null); setOpen({ kind: 'new' }); }} data-testid="person-new">
          <span className="kern-label">{t('person.new')}</span>
        </button>
      </div>
      {open?.kind === 'new' || open?.kind === 'edit' ? (
        <PersonForm
          key={open.kind === 'edit' ? open.person.id : 'new'}
          person={open.kind === 'edit' ? open.person : null}
          onLeave={(p) => setOpen({ kind: 'leave', person: p })}
          onDone={finish}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      <form
        className="zw-form zw-panel"
        aria-labelledby="byid-h"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = byId.trim() !== '' && (await load(byId.trim(), 'edit'));
          setByIdError(ok ? undefined : [t('person.notFound')]);
        }}
      >
        <h2 id="byid-h" className="kern-heading-small">{t('person.openById')}</h2>
        <TextField label={t('person.id')} value={byId} onChange={setById} errors={byIdError} />
        <div className="kern-btn-wrapper">
          <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t('person.open')}</span></button>
        </div>
      </form>
      <section aria-labelledby="people-h">
        <h2 id="people-h" className="kern-heading-medium">{t('person.list')}</h2>
        <div className="zw-admin-grid">
          <TextField label={t('admin.search')} hint={t('person.searchHint')} name="q" value={q} onChange={setQ} />
          <div className="kern-form-check">
            <input className="kern-form-check__checkbox" type="checkbox" id="people-left" checked={includeLeft} onChange={(e) => setIncludeLeft(e.target.checked)} />
            <label className="kern-label" htmlFor="people-left">{t('person.includeLeft')}</label>
          </div>
        </div>
        {(list.fetching && !list.data) || (fetching && !units) ? <Loading /> : null}
        {error ? <QueryError error={error} retry={reload} /> : null}
        {list.error ? <QueryError error={list.error} retry={() => relist({ requestPolicy: 'network-only' })} /> : null}
        {list.data ? <p className="kern-body" data-testid="people-count" data-total={list.data.people.totalCount}>{t('person.count', { n: hits.length, total: list.data.people.totalCount })}</p> : null}
        {list.data && hits.length === 0 ? <Empty>{t('admin.noHits')}</Empty> : null}
        {hits.length > 0 ? (
          <TableRegion label={t('person.list')}>
            <table className="kern-table" data-testid="people-table">
              <caption className="kern-sr-only">{t('person.list')}</caption>
              <thead className="kern-table__header">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('person.name')}</th>
                  <th scope="col" className="kern-table__header">{t('person.position')}</th>
                  <th scope="col" className="kern-table__header">{t('person.units')}</th>
                  <th scope="col" className="kern-table__header">{t('admin.actions')}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {hits.map((p) => (
                  <tr key={p.id} className="kern-table__row">
                    <td className="kern-table__cell">
                      {p.name}
                      {p.leftOn ? <span className="kern-body--small kern-body--muted"> ({t('person.leftOn', { day: formatDate(p.leftOn, lang) })})</span> : null}
                      {p.email ? <div className="kern-body--small">{p.email}</div> : null}
                    </td>
                    <td className="kern-table__cell">{p.position || '–'}</td>
                    <td className="kern-table__cell">{p.units.join(', ') || '–'}</td>
                    <td className="kern-table__cell">
                      <div className="zw-rowactions">
                        <button type="button" className="kern-btn kern-btn--tertiary" aria-label={`${t('admin.edit')}: ${p.name}`} onClick={() => void load(p.id, 'edit')}>
                          <span className="kern-label">{t('admin.edit')}</span>
                        </button>
                        <button type="button" className="kern-btn kern-btn--tertiary" aria-label={`${t('person.leave')}: ${p.name}`} onClick={() => void load(p.id, 'leave')}>
                          <span className="kern-label">{t('person.leave')}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
      </section>
      {open?.kind === 'leave' ? (
        <LeaveDialog
          person={open.person}
          onCancel={() => setOpen(null)}
          onDone={(r) => {
            setOpen(null);
            setDone(t('person.left', { name: open.person.name, day: formatDate(r.person?.leftOn, lang), n: r.openAgreements.length }));
            setLeft(r);
            reload();
          }}
        />
      ) : null}
    </AdminLayout>
  );
}

function LeaveResult({ r }: { r: Leave }) {
  const { t } = useI18n();
  if (r.openAgreements.length === 0) return null;
  return (
    <TableRegion label={t('person.openAgreements')}>
      <table className="kern-table kern-table--small" data-testid="leave-open">
        <caption className="kern-title">{t('person.openAgreements')}</caption>
        <thead className="kern-table__header">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('app.year')}</th>
            <th scope="col" className="kern-table__header">{t('goal.unit')}</th>
            <th scope="col" className="kern-table__header">{t('kpiAdmin.kind')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {r.openAgreements.map((a, i) => (
            <tr key={i} className="kern-table__row">
              <td className="kern-table__cell">{a.year}</td>
              <td className="kern-table__cell">{a.orgUnit.name}</td>
              <td className="kern-table__cell">{a.asPrincipal ? t('person.asPrincipal') : t('person.asAgent')} · {t(`status.${a.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function LeaveDialog({ person, onCancel, onDone }: { person: P; onCancel: () => void; onDone: (r: Leave) => void }) {
  const { t, lang } = useI18n();
  const [day, setDay] = useState(today());
  const [, leave] = useMutation(PersonLeaveDoc);
  const save = useSave();
  return (
    <ConfirmDialog
      title={t('person.leaveTitle', { name: person.name })}
      confirmLabel={t('person.leaveConfirm')}
      busy={save.busy}
      onCancel={onCancel}
      onConfirm={async () => {
        const d = await save.run(() => leave({ input: { id: person.id, expectedVersion: person.version, day } }), 'personLeave', null);
        if (d) onDone(d.personLeave);
      }}
    >
      <p className="kern-body">{t('person.leaveText', { name: person.name, day: formatDate(day, lang) })}</p>
      <TextField label={t('person.leaveDay')} type="date" value={day} onChange={setDay} errors={save.fieldErrors['day']} />
      <FormAlert error={save.error} fieldErrors={save.fieldErrors} known={['day']} />
    </ConfirmDialog>
  );
}

const employments: Employment[] = ['TARIF', 'BEAMTE', 'NONE'];

function PersonForm({ person, onDone, onCancel, onLeave }: { person: P | null; onDone: (m: string) => void; onCancel: () => void; onLeave: (p: P) => void }) {
  const { t, lang } = useI18n();
  const [name, setName] = useState(person?.name ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [position, setPosition] = useState(person?.position ?? '');
  const [employment, setEmployment] = useState<string>(person?.employment ?? 'TARIF');
  const [ptf, setPtf] = useState(person?.partTimeFactor != null ? String(person.partTimeFactor).replace('.', lang === 'de' ? ',' : '.') : '1');
  const [, create] = useMutation(PersonCreateDoc);
  const [, update] = useMutation(PersonUpdateDoc);
  const save = useSave();
  const formRef = useRef<HTMLFormElement>(null);
  const headRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headRef.current?.focus(), []);
  const fe = save.fieldErrors;
  const submit = async () => {
    const f = parseNumber(ptf);
    if (f === null || Number.isNaN(f)) {
      save.setFieldErrors({ partTimeFactor: [t('kpiAdmin.badNumber')] });
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    const emp = employment as Employment;
    if (person) {
      const d = await save.run(() => update({ input: { id: person.id, expectedVersion: person.version, name, email, position, employment: emp, partTimeFactor: f } }), 'personUpdate', formRef.current);
      if (d) onDone(t('person.saved', { name }));
    } else {
      const d = await save.run(() => create({ input: { name, email, position, employment: emp, partTimeFactor: f } }), 'personCreate', formRef.current);
      if (d) onDone(t('person.createdId', { name, id: d.personCreate.person?.id ?? '' }));
    }
  };
  return (
    <form ref={formRef} className="zw-form zw-panel" aria-labelledby="person-form-h" noValidate data-testid="person-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id="person-form-h" ref={headRef} tabIndex={-1} className="kern-heading-medium">{person ? t('person.editTitle', { name: person.name }) : t('person.new')}</h2>
      {person?.leftOn ? <Alert kind="info" title={t('person.leftOn', { day: formatDate(person.leftOn, lang) })} /> : null}
      <FormAlert error={save.error} fieldErrors={fe} known={['name', 'email', 'position', 'employment', 'partTimeFactor']} />
      <div className="zw-admin-grid">
        <TextField label={t('person.name')} name="name" value={name} onChange={setName} errors={fe['name']} required />
        <TextField label={t('person.email')} name="email" type="email" value={email} onChange={setEmail} errors={fe['email']} required />
        <TextField label={t('person.position')} name="position" value={position} onChange={setPosition} errors={fe['position']} />
        <SelectField label={t('person.employment')} name="employment" value={employment} onChange={setEmployment} errors={fe['employment']}>
          {employments.map((e) => (
            <option key={e} value={e}>{t(`person.employment.${e}`)}</option>
          ))}
        </SelectField>
        <TextField label={t('person.partTime')} name="partTimeFactor" hint={t('person.partTimeHint')} inputMode="decimal" value={ptf} onChange={setPtf} errors={fe['partTimeFactor']} />
      </div>
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.busy}><span className="kern-label">{save.busy ? t('admin.busy') : t('app.save')}</span></button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}><span className="kern-label">{t('app.cancel')}</span></button>
        {person && !person.leftOn ? (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => onLeave(person)} data-testid="person-leave">
            <span className="kern-label">{t('person.leave')}</span>
          </button>
        ) : null}
      </div>
    </form>
  );
}
