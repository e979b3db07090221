import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { PaySchemeDoc, PaySchemeSetDoc } from '../../payDocs';
import type { PaySchemeFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n';
import { useSession } from '../../session';
import { formatCents } from '../../lib/format';
import { parseCents, parseQuantity } from '../../lib/number';
import { formToInput, nextBand, schemeToForm, shareOfPaySum, type SchemeForm } from '../../lib/payScheme';
import { outcomeOf, type Outcome } from '../../lib/mutation';
import { PayLayout } from '../../components/PayLayout';
import { QueryState, Alert } from '../../components/States';
import { TextField } from '../../components/Inputs';
import { FormAlert, focusFirstInvalid } from '../../components/FormAlert';

/** HR: the pay scheme of the selected year (the proposal until one is stored). */
export default function PaySchemePage() {
  const { t } = useI18n();
  const { year } = useSession();
  const [res, re] = useQuery({ query: PaySchemeDoc, variables: { year } });
  // A new editor (the stored values) for another year or after a reload; after
  // saving, the same editor goes on with the new version (and says so).
  const [gen, setGen] = useState(0);
  const reload = () => {
    re({ requestPolicy: 'network-only' });
    setGen((g) => g + 1);
  };
  return (
    <PayLayout page="scheme" title={t('payScheme.title', { year })}>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => <SchemeEditor key={`${d.payScheme.year}-${gen}`} scheme={d.payScheme} reload={reload} />}
      </QueryState>
    </PayLayout>
  );
}

const KNOWN = ['potCents', 'paySumCents', 'potShareBasisPoints', 'objectionDays', 'agreementBy', 'reviewBy', 'assessmentBy', 'bands'];

function SchemeEditor({ scheme, reload }: { scheme: PaySchemeFieldsFragment; reload: () => void }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState<SchemeForm>(() => schemeToForm(scheme, lang));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [, save] = useMutation(PaySchemeSetDoc);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved !== null) savedRef.current?.focus();
  }, [saved]);

  const set = (patch: Partial<SchemeForm>) => setForm((f) => ({ ...f, ...patch }));
  const fe = outcome?.fieldErrors ?? {};
  const known = [...KNOWN, ...form.bands.flatMap((_, i) => [`bands.${i}.fromDegree`, `bands.${i}.points`])];

  const submit = async () => {
    setSaved(null);
    const r = formToInput(form, scheme.year, scheme.version);
    if (!r.ok) {
      setOutcome({ ok: false, error: null, fieldErrors: Object.fromEntries(Object.entries(r.problems).map(([f, p]) => [f, [t(`payScheme.problem.${p}`)]])) });
      focusFirstInvalid(formRef.current);
      return;
    }
    setBusy(true);
    const o = outcomeOf(await save({ input: r.input }), 'paySchemeSet', lang);
    setBusy(false);
    setOutcome(o.ok ? null : o);
    if (o.ok) setSaved(scheme.version + 1);
    else focusFirstInvalid(formRef.current);
  };

  const paySum = parseCents(form.paySum);
  const share = parseQuantity(form.share);
  const preview = form.potMode === 'share' && paySum !== null && share && (share.unit === '' || share.unit === '%') ? shareOfPaySum(paySum, Math.round(share.value * 100)) : null;

  return (
    <form ref={formRef} className="zw-form" noValidate data-testid="pay-scheme-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      {!scheme.stored ? (
        <Alert kind="info" title={t('payScheme.proposalTitle')}>
          <p className="kern-body" data-testid="pay-scheme-proposal">{t('payScheme.proposalText', { year: scheme.year })}</p>
        </Alert>
      ) : (
        <p className="kern-body kern-body--muted">{t('payScheme.storedVersion', { version: scheme.version })}</p>
      )}
      <div aria-live="polite">
        {saved !== null ? (
          <div ref={savedRef} tabIndex={-1} className="zw-done" data-testid="pay-scheme-saved">
            <Alert kind="success" title={t('payScheme.saved', { year: scheme.year, version: saved })} live />
          </div>
        ) : null}
      </div>
      {outcome?.error?.code === 'CONFLICT' ? (
        <Alert kind="danger" title={t('error.conflictTitle')} live>
          <p className="kern-body">{t('payScheme.conflict')}</p>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={reload}>
            <span className="kern-label">{t('app.reload')}</span>
          </button>
        </Alert>
      ) : (
        <FormAlert error={outcome?.error ?? null} fieldErrors={fe} known={known} />
      )}

      <fieldset className="kern-fieldset zw-panel">
        <legend className="kern-label">{t('payScheme.pot')}</legend>
        <div className="kern-fieldset__body">
        <div className="zw-checks" role="radiogroup" aria-label={t('payScheme.potMode')}>
          {(['amount', 'share'] as const).map((m) => (
            <div key={m} className="kern-form-check">
              <input className="kern-form-check__radio" type="radio" name="potMode" id={`pot-${m}`} checked={form.potMode === m} onChange={() => set({ potMode: m })} />
              <label className="kern-label" htmlFor={`pot-${m}`}>{t(`payScheme.potMode.${m}`)}</label>
            </div>
          ))}
        </div>
        {form.potMode === 'amount' ? (
          <TextField label={t('payScheme.potAmount')} hint={t('payScheme.potAmountHint')} name="pot" inputMode="decimal" value={form.pot} onChange={(v) => set({ pot: v })} errors={fe['potCents']} />
        ) : (
          <>
            <TextField label={t('payScheme.paySum')} hint={t('payScheme.potAmountHint')} name="paySum" inputMode="decimal" value={form.paySum} onChange={(v) => set({ paySum: v })} errors={fe['paySumCents']} />
            <TextField label={t('payScheme.share')} hint={t('payScheme.shareHint')} name="share" inputMode="decimal" value={form.share} onChange={(v) => set({ share: v })} errors={fe['potShareBasisPoints']} />
            {preview !== null ? <p className="kern-body" data-testid="pay-scheme-preview">{t('payScheme.sharePreview', { pot: formatCents(preview, lang) })}</p> : null}
          </>
        )}
        </div>
      </fieldset>

      <BandsFieldset form={form} set={set} fe={fe} />

      <fieldset className="kern-fieldset zw-panel">
        <legend className="kern-label">{t('payScheme.rules')}</legend>
        <div className="kern-fieldset__body">
        <Check id="tvoed" label={t('pay.TVOED_LOB')} checked={form.tvoedLob} onChange={(v) => set({ tvoedLob: v })} />
        <Check id="beamte" label={t('pay.BEAMTE_LBESG')} checked={form.beamte} onChange={(v) => set({ beamte: v })} />
        <Check id="parttime" label={t('payScheme.partTime')} checked={form.partTimeProRata} onChange={(v) => set({ partTimeProRata: v })} />
        <Check id="partialyear" label={t('payScheme.partialYear')} checked={form.partialYearProRata} onChange={(v) => set({ partialYearProRata: v })} />
        </div>
      </fieldset>

      <fieldset className="kern-fieldset zw-panel">
        <legend className="kern-label">{t('payScheme.deadlines')}</legend>
        <div className="kern-fieldset__body">
        <TextField type="date" label={t('payScheme.agreementBy')} name="agreementBy" value={form.agreementBy} onChange={(v) => set({ agreementBy: v })} errors={fe['agreementBy']} />
        <TextField type="date" label={t('payScheme.reviewBy')} name="reviewBy" value={form.reviewBy} onChange={(v) => set({ reviewBy: v })} errors={fe['reviewBy']} />
        <TextField type="date" label={t('payScheme.assessmentBy')} name="assessmentBy" value={form.assessmentBy} onChange={(v) => set({ assessmentBy: v })} errors={fe['assessmentBy']} />
        <TextField label={t('payScheme.objectionDays')} hint={t('payScheme.objectionDaysHint')} name="objectionDays" inputMode="numeric" value={form.objectionDays} onChange={(v) => set({ objectionDays: v })} errors={fe['objectionDays']} />
        </div>
      </fieldset>

      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy} data-testid="pay-scheme-save">
          <span className="kern-label">{busy ? t('confirm.busy') : t('payScheme.save', { year: scheme.year })}</span>
        </button>
      </div>
    </form>
  );
}

function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="kern-form-check">
      <input className="kern-form-check__checkbox" type="checkbox" id={`scheme-${id}`} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label className="kern-label" htmlFor={`scheme-${id}`}>{label}</label>
    </div>
  );
}

/** The degree bands: from which total degree how many points; rows can be added and removed. */
function BandsFieldset({ form, set, fe }: { form: SchemeForm; set: (p: Partial<SchemeForm>) => void; fe: Record<string, string[]> }) {
  const { t, lang } = useI18n();
  const update = (i: number, patch: Partial<SchemeForm['bands'][number]>) => set({ bands: form.bands.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
  return (
    <fieldset className="kern-fieldset zw-panel" data-testid="pay-bands">
      <legend className="kern-label">{t('payScheme.bands')}</legend>
      <div className="kern-fieldset__body">
      <p className="kern-hint">{t('payScheme.bandsHint')}</p>
      {fe['bands'] ? (
        <p className="kern-error" role="alert">
          <span className="kern-body">{fe['bands'].join(' ')}</span>
        </p>
      ) : null}
      {form.bands.map((b, i) => (
        <div key={b.key} className="zw-band" data-testid="pay-band">
          <TextField className="zw-band__field" label={t('payScheme.bandFrom', { n: i + 1 })} inputMode="decimal" value={b.fromDegree} onChange={(v) => update(i, { fromDegree: v })} errors={fe[`bands.${i}.fromDegree`]} />
          <TextField className="zw-band__field" label={t('payScheme.bandPoints', { n: i + 1 })} inputMode="numeric" value={b.points} onChange={(v) => update(i, { points: v })} errors={fe[`bands.${i}.points`]} />
          <button type="button" className="kern-btn kern-btn--tertiary" disabled={form.bands.length <= 1} onClick={() => set({ bands: form.bands.filter((_, j) => j !== i) })}>
            <span className="kern-icon kern-icon--delete" aria-hidden="true" />
            <span className="kern-label">{t('payScheme.bandRemove', { n: i + 1 })}</span>
          </button>
        </div>
      ))}
      <button type="button" className="kern-btn kern-btn--secondary" onClick={() => set({ bands: [...form.bands, nextBand(form.bands, lang)] })}>
        <span className="kern-icon kern-icon--add" aria-hidden="true" />
        <span className="kern-label">{t('payScheme.bandAdd')}</span>
      </button>
      </div>
    </fieldset>
  );
}
