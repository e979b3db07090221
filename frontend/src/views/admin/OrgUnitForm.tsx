import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../lib/i18n';
import { OrgUnitCreateDoc, OrgUnitUpdateDoc } from '../../adminDocs';
import { SelectField, TextField } from '../../components/Inputs';
import { FormAlert } from '../../components/FormAlert';
import { PersonPicker } from '../../components/PersonPicker';
import { useSave } from '../../lib/useSave';
import { flattenTree, buildOrgTree } from '../../lib/orgTree';
import type { OrgUnitKind } from '../../gql/graphql';
import type { AUnit } from './useCascadeData';
import { knownPeople } from './useOrgUnits';

export const unitKinds: OrgUnitKind[] = ['VERWALTUNGSVORSTAND', 'DEZERNAT', 'FACHBEREICH', 'AMT', 'ABTEILUNG'];
const fields = ['code', 'name', 'kind', 'parentId', 'leaderId', 'validFrom', 'validTo'];

export function OrgUnitForm({ unit, units, asOf, onDone, onCancel }: { unit: AUnit | null; units: AUnit[]; asOf: string; onDone: (m: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState(unit?.code ?? '');
  const [name, setName] = useState(unit?.name ?? '');
  const [kind, setKind] = useState<OrgUnitKind>(unit?.kind ?? 'AMT');
  const [parentId, setParentId] = useState(unit?.parent?.id ?? '');
  const [leaderId, setLeaderId] = useState('');
  const [validFrom, setValidFrom] = useState(unit?.validFrom ?? asOf);
  const [validTo, setValidTo] = useState(unit?.validTo ?? '');
  const [, create] = useMutation(OrgUnitCreateDoc);
  const [, update] = useMutation(OrgUnitUpdateDoc);
  const save = useSave();
  const formRef = useRef<HTMLFormElement>(null);
  const headRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headRef.current?.focus(), []);
  const fe = save.fieldErrors;
  const options = flattenTree(buildOrgTree(units)).filter((o) => o.unit.id !== unit?.id);

  const submit = async () => {
    if (unit) {
      const d = await save.run(
        () =>
          update({
            input: { id: unit.id, expectedVersion: unit.version, code, name, kind, ...(parentId ? { parentId } : {}), validFrom, validTo: validTo || null },
          }),
        'orgUnitUpdate',
        formRef.current,
      );
      if (d) onDone(t('org.saved', { name }));
    } else {
      const d = await save.run(
        () => create({ input: { code, name, kind, validFrom, ...(parentId ? { parentId } : {}), ...(leaderId ? { leaderId } : {}), ...(validTo ? { validTo } : {}) } }),
        'orgUnitCreate',
        formRef.current,
      );
      if (d) onDone(t('org.created', { name }));
    }
  };

  return (
    <form ref={formRef} className="zw-form zw-panel" aria-labelledby="unit-form-h" noValidate data-testid="unit-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id="unit-form-h" ref={headRef} tabIndex={-1} className="kern-heading-medium">{unit ? t('org.editTitle', { name: unit.name }) : t('org.newTitle')}</h2>
      <FormAlert error={save.error} fieldErrors={fe} known={fields} />
      <div className="zw-admin-grid">
        <TextField label={t('org.code')} name="code" value={code} onChange={setCode} errors={fe['code']} required />
        <TextField label={t('org.name')} name="name" value={name} onChange={setName} errors={fe['name']} required />
        <SelectField label={t('org.kind')} name="kind" value={kind} onChange={(v) => setKind(v as OrgUnitKind)} errors={fe['kind']}>
          {unitKinds.map((k) => (
            <option key={k} value={k}>{t(`kind.${k}`)}</option>
          ))}
        </SelectField>
        <SelectField label={t('org.parent')} name="parentId" value={parentId} onChange={setParentId} errors={fe['parentId']}>
          <option value="">{t('admin.none')}</option>
          {options.map(({ unit: u, depth }) => (
            <option key={u.id} value={u.id}>{'\u00a0'.repeat(depth * 2)}{u.code} {u.name}</option>
          ))}
        </SelectField>
        {!unit ? <PersonPicker label={t('org.leader')} name="leaderId" people={knownPeople(units)} value={leaderId} onChange={setLeaderId} errors={fe['leaderId']} /> : null}
        <TextField label={t('org.validFrom')} name="validFrom" type="date" value={validFrom} onChange={setValidFrom} errors={fe['validFrom']} required />
        <TextField label={t('org.validTo')} name="validTo" type="date" hint={t('org.validToHint')} value={validTo} onChange={setValidTo} errors={fe['validTo']} />
      </div>
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.busy} data-testid="unit-save"><span className="kern-label">{save.busy ? t('admin.busy') : t('app.save')}</span></button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}><span className="kern-label">{t('app.cancel')}</span></button>
      </div>
    </form>
  );
}
