import { useEffect, useRef, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { useI18n } from '../../lib/i18n';
import { LeaderAssignDoc, PrincipalAgreementsDoc } from '../../adminDocs';
import { TextField } from '../../components/Inputs';
import { FormAlert } from '../../components/FormAlert';
import { PersonPicker } from '../../components/PersonPicker';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useSave } from '../../lib/useSave';
import { formatDate } from '../../lib/format';
import type { AUnit } from './useCascadeData';
import { knownPeople, today } from './useOrgUnits';

const fields = ['leaderId', 'from'];

/** Open agreements of a principal, as far as the viewer may see them: before the assessment. */
export function openCount(nodes: readonly { status: string }[]): number {
  return nodes.filter((a) => a.status !== 'ASSESSED' && a.status !== 'CLOSED').length;
}

export function LeaderAssignForm({ unit, units, onDone, onCancel }: { unit: AUnit; units: AUnit[]; onDone: (m: string) => void; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const client = useClient();
  const [leaderId, setLeaderId] = useState('');
  const [from, setFrom] = useState(today());
  const [confirm, setConfirm] = useState<null | { n: number | null }>(null);
  const [, assign] = useMutation(LeaderAssignDoc);
  const save = useSave();
  const formRef = useRef<HTMLFormElement>(null);
  const headRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headRef.current?.focus(), []);
  const people = knownPeople(units).filter((p) => p.id !== unit.leader?.id);
  const fe = save.fieldErrors;
  const leaderName = people.find((p) => p.id === leaderId)?.name ?? leaderId;

  const ask = async () => {
    if (!leaderId) {
      save.setFieldErrors({ leaderId: [t('admin.required')] });
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    save.reset();
    let n: number | null = 0;
    if (unit.leader) {
      const r = await client.query(PrincipalAgreementsDoc, { id: unit.leader.id }, { requestPolicy: 'network-only' }).toPromise();
      const node = r.data?.node;
      n = node && 'agreements' in node ? openCount(node.agreements.nodes) : null;
    }
    setConfirm({ n });
  };

  const run = async () => {
    const d = await save.run(() => assign({ input: { orgUnitId: unit.id, expectedVersion: unit.version, leaderId, from } }), 'leaderAssign', formRef.current);
    setConfirm(null);
    if (d) {
      const p = d.leaderAssign;
      onDone(t('org.assignDone', { leader: p.orgUnit?.leader?.name ?? leaderName, unit: unit.name, moved: p.movedAgreements, kept: p.keptAgreements }));
    }
  };

  return (
    <form ref={formRef} className="zw-form zw-panel" aria-labelledby="assign-h" noValidate data-testid="assign-form" onSubmit={(e) => { e.preventDefault(); void ask(); }}>
      <h2 id="assign-h" ref={headRef} tabIndex={-1} className="kern-heading-medium">{t('org.assignTitle', { name: unit.name })}</h2>
      <p className="kern-body">{t('org.leader')}: {unit.leader?.name ?? t('org.noLeader')}</p>
      <FormAlert error={save.error} fieldErrors={fe} known={fields} />
      <PersonPicker label={t('org.newLeader')} name="leaderId" people={people} value={leaderId} onChange={setLeaderId} errors={fe['leaderId']} allowNone={false} />
      <TextField label={t('org.from')} name="from" type="date" hint={t('org.fromHint')} value={from} onChange={setFrom} errors={fe['from']} required />
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.busy}><span className="kern-label">{t('org.assignLeader')}</span></button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}><span className="kern-label">{t('app.cancel')}</span></button>
      </div>
      {confirm ? (
        <ConfirmDialog title={t('org.assignTitle', { name: unit.name })} confirmLabel={t('org.assignConfirm')} busy={save.busy} onCancel={() => setConfirm(null)} onConfirm={() => void run()}>
          <p className="kern-body" data-testid="assign-text">
            {t('org.assignText', {
              leader: leaderName,
              unit: unit.name,
              day: formatDate(from, lang),
              n: confirm.n === null ? t('org.assignCountUnknown') : confirm.n,
              old: unit.leader?.name ?? t('org.noLeader'),
            })}
          </p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
