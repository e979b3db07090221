import { useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../lib/i18n';
import { formatDate } from '../../lib/format';
import { useSave } from '../../lib/useSave';
import { useSession } from '../../session';
import { AdminLayout } from '../../components/AdminLayout';
import { DoneNotice } from '../../components/DoneNotice';
import { Empty, QueryState } from '../../components/States';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/Inputs';
import { PersonPicker } from '../../components/PersonPicker';
import { TableRegion } from '../../components/TableRegion';
import { knownPeople, today, useOrgUnits } from './useOrgUnits';

const DeputiesDoc = graphql(`
  query AdminDeputies {
    deputies {
      id
      version
      from
      to
      endedOn
      active
      leader {
        id
        name
      }
      deputy {
        id
        name
      }
    }
  }
`);


const DeputyAssignDoc = graphql(`
  mutation DeputyAssign($input: DeputyAssignInput!) {
    deputyAssign(input: $input) {
      deputy {
        id
        from
        to
        deputy {
          id
          name
        }
      }
      userErrors {
        field
        message
        messageEn
        code
        key
      }
    }
  }
`);

const DeputyEndDoc = graphql(`
  mutation DeputyEnd($input: DeputyEndInput!) {
    deputyEnd(input: $input) {
      deputy {
        id
        active
        endedOn
      }
      userErrors {
        field
        message
        messageEn
        code
        key
      }
    }
  }
`);

const fields = ['leaderId', 'deputyId', 'from', 'to'];

function inTwoWeeks(): string {
  const d = new Date(`${today()}T12:00:00`);
  d.setDate(d.getDate() + 14);
  return d.toISOString().slice(0, 10);
}

/** Vertretungen: a leader names a deputy for a period (ADMIN for anyone), and ends it. */
export default function DeputiesAdmin() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const admin = me.roles.includes('ADMIN');
  const [res, re] = useQuery({ query: DeputiesDoc });
  const org = useOrgUnits(today());
  const people = knownPeople(org.units ?? []);
  const [leaderId, setLeaderId] = useState(admin ? '' : me.person.id);
  const [deputyId, setDeputyId] = useState('');
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState(inTwoWeeks());
  const [done, setDone] = useState<string | null>(null);
  const [, assign] = useMutation(DeputyAssignDoc);
  const [, end] = useMutation(DeputyEndDoc);
  const save = useSave();
  const formRef = useRef<HTMLFormElement>(null);
  const fe = save.fieldErrors;
  const reload = () => re({ requestPolicy: 'network-only' });

  const submit = async () => {
    setDone(null);
    if (!leaderId || !deputyId) {
      save.setFieldErrors({ ...(leaderId ? {} : { leaderId: [t('admin.required')] }), ...(deputyId ? {} : { deputyId: [t('admin.required')] }) });
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    const d = await save.run(() => assign({ input: { leaderId, deputyId, from, to } }), 'deputyAssign', formRef.current);
    const named = d?.deputyAssign.deputy;
    if (named) {
      setDone(t('deputies.done', { name: named.deputy.name, from: formatDate(named.from, lang), to: formatDate(named.to, lang) }));
      setDeputyId('');
      reload();
    }
  };
  const stop = async (id: string, version: number) => {
    setDone(null);
    const d = await save.run(() => end({ input: { deputyId: id, expectedVersion: version } }), 'deputyEnd', formRef.current);
    if (d) {
      setDone(t('deputies.ended'));
      reload();
    }
  };

  return (
    <AdminLayout page="deputies">
      <h1 className="kern-heading-large">{t('admin.deputies')}</h1>
      <p className="kern-body">{t('deputies.intro')}</p>
      <DoneNotice message={done} />
      <section aria-labelledby="deputies-h" className="zw-section">
        <h2 id="deputies-h" className="kern-heading-medium">{t('deputies.list')}</h2>
        <QueryState {...res} retry={reload}>
          {(d) =>
            d.deputies.length === 0 ? (
              <Empty>{t('deputies.none')}</Empty>
            ) : (
              <TableRegion label={t('deputies.list')}>
                <table className="kern-table kern-table--small" data-testid="deputies-table">
                  <caption className="kern-sr-only">{t('deputies.list')}</caption>
                  <thead className="kern-table__header">
                    <tr className="kern-table__row">
                      <th scope="col" className="kern-table__header">{t('deputies.leader')}</th>
                      <th scope="col" className="kern-table__header">{t('deputies.deputy')}</th>
                      <th scope="col" className="kern-table__header">{t('deputies.period')}</th>
                      <th scope="col" className="kern-table__header"><span className="kern-sr-only">{t('deputies.end')}</span></th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {d.deputies.map((x) => (
                      <tr key={x.id} className="kern-table__row">
                        <td className="kern-table__cell">{x.leader.name}</td>
                        <td className="kern-table__cell">{x.deputy.name}</td>
                        <td className="kern-table__cell">
                          {formatDate(x.from, lang)} – {formatDate(x.to, lang)}{' '}
                          ({x.active ? t('deputies.active') : x.endedOn ? t('deputies.endedOn', { day: formatDate(x.endedOn, lang) }) : t('deputies.inactive')})
                        </td>
                        <td className="kern-table__cell">
                          {!x.endedOn && (admin || x.leader.id === me.person.id) ? (
                            <button type="button" className="kern-btn kern-btn--tertiary" aria-label={t('deputies.endNamed', { name: x.deputy.name })}
                              onClick={() => void stop(x.id, x.version)} disabled={save.busy}>
                              <span className="kern-label">{t('deputies.end')}</span>
                            </button>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            )
          }
        </QueryState>
      </section>
      <form ref={formRef} className="zw-form zw-panel" aria-labelledby="deputy-new-h" noValidate data-testid="deputy-form"
        onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <h2 id="deputy-new-h" className="kern-heading-medium">{t('deputies.new')}</h2>
        <FormAlert error={save.error} fieldErrors={fe} known={fields} />
        {admin ? (
          <PersonPicker label={t('deputies.forLeader')} name="leaderId" people={people} value={leaderId} onChange={setLeaderId} errors={fe['leaderId']} allowNone={false} />
        ) : null}
        <PersonPicker label={t('deputies.deputy')} name="deputyId" people={people.filter((p) => p.id !== leaderId)} value={deputyId} onChange={setDeputyId}
          errors={fe['deputyId']} allowNone={false} />
        <TextField label={t('deputies.from')} name="from" type="date" value={from} onChange={setFrom} errors={fe['from']} required />
        <TextField label={t('deputies.to')} name="to" type="date" value={to} onChange={setTo} errors={fe['to']} required />
        <div className="kern-btn-wrapper">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={save.busy}><span className="kern-label">{t('deputies.new')}</span></button>
        </div>
      </form>
    </AdminLayout>
  );
}
