import { useEffect, useRef, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { useI18n } from '../../lib/i18n';
import { GoalCreateDoc, GoalUpdateDoc, ProductsDoc } from '../../adminDocs';
import { fetchAll } from '../../lib/fetchAll';
import type { AdminProductsQuery } from '../../gql/graphql';
import { childLevel, levelRank, parentChoices, unitChoices, type GoalLevel } from '../../lib/cascade';
import { SelectField, TextArea, TextField } from '../../components/Inputs';
import { FormAlert } from '../../components/FormAlert';
import { useSave } from '../../lib/useSave';
import type { AGoal, ASg, CascadeData } from './useCascadeData';

export type GoalFormMode = { kind: 'new'; parent: AGoal | null; sg: ASg | null } | { kind: 'edit'; goal: AGoal };

const levels: GoalLevel[] = ['DEZERNAT', 'FACHBEREICH', 'AMT', 'ABTEILUNG', 'PRODUCT'];
const fields = ['level', 'orgUnitId', 'title', 'description', 'fromYear', 'toYear', 'parentGoalId', 'strategicGoalId', 'untracedReason', 'productId'];

/** Create or edit a goal of the cascade; the server checks the cascade rule and reports userErrors by field. */
export function GoalForm({ mode, data, year, ledUnits, onDone, onCancel }: { mode: GoalFormMode; data: CascadeData; year: number; ledUnits: string[]; onDone: (msg: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const g = mode.kind === 'edit' ? mode.goal : null;
  const parent = mode.kind === 'new' ? mode.parent : null;
  const initialLevel: GoalLevel = g?.level ?? childLevel(parent ? parent.level : null);
  const [level, setLevel] = useState<GoalLevel>(initialLevel);
  const choices = (lv: GoalLevel) => unitChoices(data.units, lv, parent ? parent.orgUnit.id : null, ledUnits);
  const [unitId, setUnitId] = useState<string>(g?.orgUnit.id ?? choices(initialLevel)[0]?.id ?? '');
  const [title, setTitle] = useState(g?.title ?? '');
  const [description, setDescription] = useState(g?.description ?? '');
  const [fromYear, setFromYear] = useState(String(g?.fromYear ?? parent?.fromYear ?? year));
  const [toYear, setToYear] = useState(String(g?.toYear ?? parent?.toYear ?? year));
  const [parentId, setParentId] = useState(g ? (g.parent?.id ?? '') : (parent?.id ?? ''));
  const [sgId, setSgId] = useState(g ? (g.strategicGoal?.id ?? '') : mode.kind === 'new' ? (mode.sg?.id ?? '') : '');
  const [reason, setReason] = useState(g?.untracedReason ?? '');
  const [productId, setProductId] = useState(g?.product?.id ?? '');
  const [products, setProducts] = useState<AdminProductsQuery['products']['nodes'] | null>(null);
  const client = useClient();
  useEffect(() => {
    if (level !== 'PRODUCT' || products) return;
    void fetchAll(client, ProductsDoc, {}, (d) => d.products).then((r) => setProducts(r.nodes));
  }, [client, level, products]);
  const [, create] = useMutation(GoalCreateDoc);
  const [, update] = useMutation(GoalUpdateDoc);
  const save = useSave();
  const formRef = useRef<HTMLFormElement>(null);
  const headRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headRef.current?.focus(), []);

  const top = levelRank[level] === 1;
  const units = choices(level);
  const unitList = g && !units.some((u) => u.id === g.orgUnit.id) ? [...units, ...data.units.filter((u) => u.id === g.orgUnit.id)] : units;
  const parents = parentChoices(data.goals, data.units, level, unitId).filter((p) => p.id !== g?.id);
  const sgs = data.sgs.filter((s) => !s.retiredAt || s.id === sgId);
  const fe = save.fieldErrors;

  const changeLevel = (v: string) => {
    const lv = v as GoalLevel;
    setLevel(lv);
    const c = choices(lv);
    if (!c.some((u) => u.id === unitId)) setUnitId(c[0]?.id ?? '');
  };

  const submit = async () => {
    const from = Number(fromYear);
    const to = Number(toYear);
    const link = top ? { strategicGoalId: sgId || null, parentGoalId: null } : { parentGoalId: parentId || null, strategicGoalId: null };
    const product = level === 'PRODUCT' && productId ? productId : null;
    if (g) {
      const d = await save.run(
        () => update({ input: { id: g.id, expectedVersion: g.version, level, orgUnitId: unitId, title, description, fromYear: from, toYear: to, untracedReason: reason, productId: product, ...link } }),
        'goalUpdate',
        formRef.current,
      );
      if (d) onDone(t('goal.saved', { title }));
    } else {
      const d = await save.run(
        () =>
          create({
            input: {
              level,
              orgUnitId: unitId,
              title,
              description,
              fromYear: from,
              toYear: to,
              ...(link.strategicGoalId ? { strategicGoalId: link.strategicGoalId } : {}),
              ...(link.parentGoalId ? { parentGoalId: link.parentGoalId } : {}),
              ...(reason.trim() ? { untracedReason: reason } : {}),
              ...(product ? { productId: product } : {}),
            },
          }),
        'goalCreate',
        formRef.current,
      );
      if (d) onDone(t('goal.created', { title }));
    }
  };

  const heading = g ? t('goal.editTitle', { title: g.title }) : parent ? t('goal.addChildOf', { title: parent.title }) : mode.kind === 'new' && mode.sg ? t('goal.addChildOf', { title: mode.sg.title }) : t('goal.newUntraced');
  return (
    <form ref={formRef} className="zw-form zw-panel" aria-labelledby="goal-form-h" noValidate data-testid="goal-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h3 id="goal-form-h" ref={headRef} tabIndex={-1} className="kern-heading-small">{heading}</h3>
      <FormAlert error={save.error} fieldErrors={fe} known={level === 'PRODUCT' ? fields : fields.filter((f) => f !== 'productId')} />
      <div className="zw-admin-grid">
        <SelectField label={t('goal.level')} name="level" value={level} onChange={changeLevel} errors={fe['level']}>
          {levels.map((l) => (
            <option key={l} value={l}>{t(`goal.level.${l}`)}</option>
          ))}
        </SelectField>
        <SelectField label={t('goal.unit')} name="orgUnitId" value={unitId} onChange={setUnitId} errors={fe['orgUnitId']} required>
          {unitList.length === 0 ? <option value="">{t('admin.none')}</option> : null}
          {unitList.map((u) => (
            <option key={u.id} value={u.id}>{u.code} {u.name}</option>
          ))}
        </SelectField>
      </div>
      <TextField label={t('goal.goalTitle')} name="title" value={title} onChange={setTitle} errors={fe['title']} required />
      <TextArea label={t('goal.description')} name="description" value={description} onChange={setDescription} errors={fe['description']} />
      <div className="zw-admin-grid">
        <TextField label={t('goal.fromYear')} name="fromYear" value={fromYear} onChange={setFromYear} errors={fe['fromYear']} inputMode="numeric" />
        <TextField label={t('goal.toYear')} name="toYear" value={toYear} onChange={setToYear} errors={fe['toYear']} inputMode="numeric" />
      </div>
      {top ? (
        <SelectField label={t('goal.strategic')} name="strategicGoalId" value={sgId} onChange={setSgId} errors={fe['strategicGoalId']}>
          <option value="">{t('admin.none')}</option>
          {sgs.map((s) => (
            <option key={s.id} value={s.id}>{s.number} {s.title}</option>
          ))}
        </SelectField>
      ) : (
        <SelectField label={t('goal.parent')} name="parentGoalId" value={parentId} onChange={setParentId} errors={fe['parentGoalId']}>
          <option value="">{t('admin.none')}</option>
          {parent && !parents.some((p) => p.id === parent.id) ? <option value={parent.id}>{parent.title} ({parent.orgUnit.name})</option> : null}
          {parents.map((p) => (
            <option key={p.id} value={p.id}>{p.title} ({p.orgUnit.name})</option>
          ))}
        </SelectField>
      )}
      <TextArea label={t('goal.untracedReason')} name="untracedReason" hint={t('goal.untracedHint')} value={reason} onChange={setReason} errors={fe['untracedReason']} />
      {level === 'PRODUCT' ? (
        <SelectField label={t('goal.product')} name="productId" value={productId} onChange={setProductId} errors={fe['productId']} required>
          <option value="">{t('admin.none')}</option>
          {(products ?? []).filter((p) => p.orgUnit.id === unitId).map((p) => (
            <option key={p.id} value={p.id}>{p.number} {p.name}</option>
          ))}
        </SelectField>
      ) : null}
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.busy} data-testid="goal-save"><span className="kern-label">{save.busy ? t('admin.busy') : t('app.save')}</span></button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}><span className="kern-label">{t('app.cancel')}</span></button>
      </div>
    </form>
  );
}
