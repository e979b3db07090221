// Recording budget lines and HSP realisation (CONTROLLING everywhere, unit
// leaders for their units; the server decides and answers FORBIDDEN).
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { Field } from '../components/Field';
import { Alert } from '../components/States';
import { YearSelect } from '../components/YearSelect';
import { errorMessage } from '../lib/errors';
import { formatCents } from '../lib/format';
import { parseCents } from '../lib/number';
import { outcomeOf, type Outcome } from '../lib/mutation';

const OptionsDoc = graphql(`
  query RecordOptions($year: Int!) {
    consolidationMeasures(first: 50) {
      nodes {
        id
        number
        title
        version
        savings(fromYear: $year, toYear: $year) {
          year
          planned
          realised
          version
        }
      }
    }
    products(first: 100) {
      nodes {
        id
        number
        name
        budgetLines(fromYear: $year, toYear: $year) {
          year
          plan
          forecast
          actual
          version
        }
      }
    }
  }
`);

const MeasureRecordDoc = graphql(`
  mutation MeasureRecord($input: ConsolidationMeasureRecordInput!) {
    consolidationMeasureRecord(input: $input) {
      saving {
        year
        planned
        realised
        version
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

const BudgetRecordDoc = graphql(`
  mutation BudgetLineRecord($input: BudgetLineRecordInput!) {
    budgetLineRecord(input: $input) {
      budgetLine {
        year
        plan
        forecast
        actual
        version
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

function Result({ out, ok }: { out: Outcome | null; ok: string }) {
  const { t, lang } = useI18n();
  if (!out) return null;
  if (out.error)
    return (
      <Alert kind="danger" title={out.error.code === 'CONFLICT' ? t('error.conflictTitle') : t('error.title')} live>
        <p className="kern-body">{errorMessage(out.error, lang)}</p>
      </Alert>
    );
  if (out.fieldErrors['']) return <Alert kind="danger" title={out.fieldErrors[''].join(' ')} live />;
  if (out.ok) return <Alert kind="success" title={ok} live />;
  return null;
}

export default function RecordFigures({ onSaved }: { onSaved: () => void }) {
  const { t, lang } = useI18n();
  const { years, year: cur } = useSession();
  const [year, setYear] = useState(cur);
  const [res, re] = useQuery({ query: OptionsDoc, variables: { year } });
  const [, recMeasure] = useMutation(MeasureRecordDoc);
  const [, recBudget] = useMutation(BudgetRecordDoc);
  const [measureId, setMeasureId] = useState('');
  const [realised, setRealised] = useState('');
  const [productId, setProductId] = useState('');
  const [forecast, setForecast] = useState('');
  const [actual, setActual] = useState('');
  const [mOut, setMOut] = useState<Outcome | null>(null);
  const [bOut, setBOut] = useState<Outcome | null>(null);
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const measures = res.data?.consolidationMeasures.nodes ?? [];
  const products = res.data?.products.nodes ?? [];
  const m = measures.find((x) => x.id === measureId);
  const p = products.find((x) => x.id === productId);
  const saving = m?.savings.find((s) => s.year === year);
  const line = p?.budgetLines.find((l) => l.year === year);

  const saveMeasure = async () => {
    const cents = parseCents(realised);
    if (!m || cents === null) {
      setLocal({ measure: m ? [] : [t('editor.required')], realised: cents === null ? [t('money.invalid')] : [] });
      return;
    }
    setLocal({});
    const o = outcomeOf(await recMeasure({ input: { measureId: m.id, year, realised: cents, expectedVersion: saving?.version ?? null } }), 'consolidationMeasureRecord', lang);
    setMOut(o);
    if (o.ok) {
      setRealised('');
      re({ requestPolicy: 'network-only' });
      onSaved();
    }
  };
  const saveBudget = async () => {
    const f = forecast.trim() === '' ? undefined : parseCents(forecast);
    const a = actual.trim() === '' ? undefined : parseCents(actual);
    const e: Record<string, string[]> = {};
    if (!p) e.product = [t('editor.required')];
    if (f === null) e.forecast = [t('money.invalid')];
    if (a === null) e.actual = [t('money.invalid')];
    setLocal(e);
    if (Object.keys(e).length || !p) return;
    const input: Record<string, unknown> = { productId: p.id, year, expectedVersion: line?.version ?? null };
    if (f !== undefined) input.forecast = f;
    if (a !== undefined) input.actual = a;
    const o = outcomeOf(await recBudget({ input: input as never }), 'budgetLineRecord', lang);
    setBOut(o);
    if (o.ok) {
      setForecast('');
      setActual('');
      re({ requestPolicy: 'network-only' });
      onSaved();
    }
  };
  const fe = (o: Outcome | null, k: string) => [...(local[k] ?? []), ...(o?.fieldErrors[k] ?? [])].filter(Boolean);

  return (
    <section aria-labelledby="record-fig-h" className="zw-section zw-noprint">
      <h2 id="record-fig-h" className="kern-heading-medium">{t('budget.record')}</h2>
      <YearSelect years={years} value={year} onChange={setYear} />
      <div className="zw-twocol">
        <form className="zw-form" onSubmit={(e) => { e.preventDefault(); void saveMeasure(); }}>
          <h3 className="kern-heading-small">{t('budget.recordMeasure')}</h3>
          <Field label={t('budget.measure')} errors={fe(mOut, 'measure')}>
            {({ id, describedBy }) => (
              <div className="kern-form-input__select-wrapper">
                <select id={id} className="kern-form-input__select" value={measureId} aria-describedby={describedBy} onChange={(e) => setMeasureId(e.target.value)}>
                  <option value="">{t('editor.noLink')}</option>
                  {measures.map((x) => <option key={x.id} value={x.id}>{x.number} {x.title}</option>)}
                </select>
              </div>
            )}
          </Field>
          <Field label={`${t('budget.realised')} (€)`} hint={saving ? `${t('budget.planned')}: ${formatCents(saving.planned, lang)}, ${t('budget.realised')}: ${formatCents(saving.realised, lang)}` : undefined} errors={fe(mOut, 'realised')}>
            {({ id, describedBy, invalid }) => <input id={id} inputMode="decimal" className="kern-form-input__input" value={realised} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setRealised(e.target.value)} />}
          </Field>
          <Result out={mOut} ok={t('kpi.saved')} />
          <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t('app.save')}</span></button>
        </form>
        <form className="zw-form" onSubmit={(e) => { e.preventDefault(); void saveBudget(); }}>
          <h3 className="kern-heading-small">{t('budget.recordLine')}</h3>
          <Field label={t('budget.product')} errors={fe(bOut, 'product')}>
            {({ id, describedBy }) => (
              <div className="kern-form-input__select-wrapper">
                <select id={id} className="kern-form-input__select" value={productId} aria-describedby={describedBy} onChange={(e) => setProductId(e.target.value)}>
                  <option value="">{t('editor.noLink')}</option>
                  {products.map((x) => <option key={x.id} value={x.id}>{x.number} {x.name}</option>)}
                </select>
              </div>
            )}
          </Field>
          <Field label={`${t('budget.forecast')} (€)`} hint={line ? `${t('budget.plan')}: ${formatCents(line.plan, lang)}, ${t('budget.forecast')}: ${formatCents(line.forecast, lang)}` : undefined} errors={fe(bOut, 'forecast')}>
            {({ id, describedBy, invalid }) => <input id={id} inputMode="decimal" className="kern-form-input__input" value={forecast} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setForecast(e.target.value)} />}
          </Field>
          <Field label={`${t('budget.actual')} (€)`} hint={line ? `${t('budget.actual')}: ${formatCents(line.actual, lang)}` : undefined} errors={fe(bOut, 'actual')}>
            {({ id, describedBy, invalid }) => <input id={id} inputMode="decimal" className="kern-form-input__input" value={actual} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setActual(e.target.value)} />}
          </Field>
          <Result out={bOut} ok={t('kpi.saved')} />
          <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t('app.save')}</span></button>
        </form>
      </div>
    </section>
  );
}
