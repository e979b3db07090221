import { useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { ObjectionAssignDoc, ObjectionsDoc, PeopleSearchDoc } from '../../payDocs';
import { useI18n } from '../../lib/i18n';
import { useSession } from '../../session';
import { outcomeOf, type Outcome } from '../../lib/mutation';
import { PayLayout } from '../../components/PayLayout';
import { QueryState, Alert, Empty } from '../../components/States';
import { ObjectionsTable, type Case } from '../../components/ObjectionsTable';
import { PersonPicker } from '../../components/PersonPicker';
import { TextField } from '../../components/Inputs';
import { FormAlert } from '../../components/FormAlert';

/** HR: the year's objections, open first; an open one is assigned to members of the joint commission. */
export default function PayObjectionsPage() {
  const { t } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: ObjectionsDoc, variables: { year }, requestPolicy: 'cache-and-network' });
  const [assigning, setAssigning] = useState<string | null>(null);
  const [assigned, setAssigned] = useState<string | null>(null);
  return (
    <PayLayout page="objections" title={t('objections.title', { year })}>
      <p className="kern-body">{t('objections.intro')}</p>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => {
          const open = d.objections.find((a) => a.id === assigning);
          return (
            <>
              <div aria-live="polite">
                {assigned ? <Alert kind="success" title={assigned} live /> : null}
              </div>
              <ObjectionsTable cases={d.objections} assigning={assigning} onAssign={(id) => { setAssigned(null); setAssigning(id); }} />
              {open ? (
                <AssignForm
                  key={open.id}
                  c={open}
                  onDone={(names) => {
                    setAssigning(null);
                    setAssigned(t('objections.assigned', { name: open.agent.name, members: names }));
                    re({ requestPolicy: 'network-only' });
                  }}
                  onCancel={() => setAssigning(null)}
                />
              ) : null}
            </>
          );
        }}
      </QueryState>
    </PayLayout>
  );
}

/** HR chooses the commission members of one case: people found by name, added to the list, then saved. */
function AssignForm({ c, onDone, onCancel }: { c: Case; onDone: (members: string) => void; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const client = useClient();
  const [members, setMembers] = useState(c.objection?.members ?? []);
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<{ id: string; name: string }[]>([]);
  const [pick, setPick] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [, assign] = useMutation(ObjectionAssignDoc);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    if (search.trim() === '') return;
    const r = await client.query(PeopleSearchDoc, { search: search.trim() }, { requestPolicy: 'network-only' }).toPromise();
    const list = r.data?.people.nodes.map((p) => ({ id: p.id, name: p.position ? `${p.name} – ${p.position}` : p.name })) ?? [];
    setFound(list);
    setPick(list[0]?.id ?? '');
  };
  const add = () => {
    const p = found.find((x) => x.id === pick) ?? (pick ? { id: pick, name: pick } : null);
    if (p && !members.some((m) => m.id === p.id)) setMembers([...members, { id: p.id, name: p.name.split(' – ')[0] }]);
  };
  const save = async () => {
    setBusy(true);
    const o = outcomeOf(await assign({ input: { agreementId: c.id, expectedVersion: c.version, memberIds: members.map((m) => m.id) } }), 'objectionAssign', lang);
    setBusy(false);
    setOutcome(o);
    if (o.ok) onDone(members.map((m) => m.name).join(', '));
  };

  return (
    <form className="zw-form zw-panel" data-testid="objection-assign-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h2 className="kern-heading-small">{t('objections.assignTitle', { name: c.agent.name, unit: c.orgUnit.name })}</h2>
      <FormAlert error={outcome?.error ?? null} fieldErrors={outcome?.fieldErrors ?? {}} known={[]} />
      <p className="kern-body">{t('objections.assignHint')}</p>
      <div className="zw-inline-form">
        <TextField label={t('objections.search')} name="memberSearch" value={search} onChange={setSearch} />
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void find()} data-testid="objection-search">
          <span className="kern-icon kern-icon--search" aria-hidden="true" />
          <span className="kern-label">{t('objections.find')}</span>
        </button>
      </div>
      <PersonPicker label={t('objections.member')} hint={t('objections.memberHint')} people={found} value={pick} onChange={setPick} allowNone={false} name="member" />
      <button type="button" className="kern-btn kern-btn--secondary" disabled={!pick} onClick={add} data-testid="objection-add-member">
        <span className="kern-icon kern-icon--add" aria-hidden="true" />
        <span className="kern-label">{t('objections.addMember')}</span>
      </button>
      <h3 className="kern-heading-small">{t('objections.members')}</h3>
      {members.length === 0 ? (
        <Empty>{t('objections.unassigned')}</Empty>
      ) : (
        <ul className="zw-list" data-testid="objection-members">
          {members.map((m) => (
            <li key={m.id}>
              {m.name}{' '}
              <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => setMembers(members.filter((x) => x.id !== m.id))}>
                <span className="kern-label">{t('objections.removeMember', { name: m.name })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {members.length > 0 ? null : <Alert kind="info" title={t('objections.needMember')} />}
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy || members.length === 0} data-testid="objection-assign-save">
          <span className="kern-label">{t('objections.assignSave')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}>
          <span className="kern-label">{t('app.cancel')}</span>
        </button>
      </div>
    </form>
  );
}
