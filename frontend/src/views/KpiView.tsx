import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { ErrorState, Loading, Alert, Empty } from '../components/States';
import { Light } from '../components/Light';
import { Field } from '../components/Field';
import { YearSelect } from '../components/YearSelect';
import { Chart, chartColors } from '../components/Chart';
import { Link, paths } from '../lib/router';
import { viewError, errorMessage } from '../lib/errors';
import { formatDateTime, formatDegree, formatNumber } from '../lib/format';
import { checkTarget } from '../lib/target';
import { formatPeriod } from '../lib/period';
import { periodKey, sortValues, yearlySeries } from '../lib/kpi';
import { outcomeOf, type Outcome } from '../lib/mutation';
import { TableRegion } from '../components/TableRegion';

const KpiDoc = graphql(`
  query Kpi($id: ID!, $year: Int!, $from: Int!, $to: Int!) {
    node(id: $id) {
      ... on KPI {
        id
        name
        unit
        direction
        kind
        frequency
        definition
        greenThreshold
        yellowThreshold
        goal {
          id
          title
          orgUnit {
            id
            name
          }
        }
        product {
          id
          number
          name
        }
        achievement(year: $year) {
          light
          degree
        }
        values(fromYear: $from, toYear: $to) {
          year
          quarter
          month
          plan
          actual
          comment
          recordedAt
          version
          achievement {
            light
            degree
          }
        }
      }
    }
  }
`);

const RecordDoc = graphql(`
  mutation KpiValueRecord($input: KPIValueRecordInput!) {
    kpiValueRecord(input: $input) {
      kpiValue {
        year
        quarter
        month
        plan
        actual
        comment
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

export default function KpiView({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { me, years, year, setYear } = useSession();
  const from = years[0] ?? year - 5;
  const to = years[years.length - 1] ?? year;
  const [res, re] = useQuery({ query: KpiDoc, variables: { id, year, from, to } });
  const node = res.data?.node;
  const k = node && 'unit' in node ? node : null;
  const series = useMemo(() => (k ? yearlySeries(k.values, from, to) : null), [k, from, to]);
  const err = viewError(res.error, !!k);
  if (err) return <ErrorState error={err} retry={() => re({ requestPolicy: 'network-only' })} back={{ href: paths.kpis(), label: t('error.toKpis') }} />;
  if (!k || !series) return res.fetching || !res.data ? <Loading /> : <ErrorState error={{ code: 'NOT_FOUND' }} />;
  const values = sortValues(k.values);
  const option = {
    color: [chartColors.plan, chartColors.actual],
    tooltip: { trigger: 'axis' },
    legend: { data: [t('kpi.plan'), t('kpi.actual')], top: 0 },
    grid: { left: 60, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: series.years.map(String) },
    yAxis: { type: 'value', name: k.unit, axisLabel: { formatter: (v: number) => formatNumber(v, lang, 1) } },
    series: [
      { name: t('kpi.plan'), type: 'line', data: series.plan, lineStyle: { type: 'dashed' }, symbol: 'rect', symbolSize: 8, connectNulls: false },
      { name: t('kpi.actual'), type: 'bar', data: series.actual, barMaxWidth: 40 },
    ],
  };
  const summary = series.years
    .map((y, i) => `${y}: ${t('kpi.plan')} ${formatNumber(series.plan[i], lang)}, ${t('kpi.actual')} ${formatNumber(series.actual[i], lang)}`)
    .join('; ');
  return (
    <article data-testid="kpi">
      <div className="zw-pagehead">
        <h1 className="kern-heading-large">{k.name}</h1>
        <YearSelect years={years} value={year} onChange={setYear} />
      </div>
      <p className="zw-kpi-light">
        <Light light={k.achievement.light} degree={k.achievement.degree} /> <span className="kern-body--muted">({year})</span>
      </p>
      <dl className="kern-description-list zw-facts">
        <div className="kern-description-list-item"><dt className="kern-description-list-item__key">{t('kpi.unit')}</dt><dd className="kern-description-list-item__value">{k.unit}</dd></div>
        <div className="kern-description-list-item"><dt className="kern-description-list-item__key">{t('kpi.direction')}</dt><dd className="kern-description-list-item__value">{t(`kpi.${k.direction}`)}</dd></div>
        <div className="kern-description-list-item"><dt className="kern-description-list-item__key">{t('kpi.definition')}</dt><dd className="kern-description-list-item__value">{k.definition || '–'}</dd></div>
        {k.goal ? <div className="kern-description-list-item"><dt className="kern-description-list-item__key">{t('kpi.goal')}</dt><dd className="kern-description-list-item__value">{k.goal.title} ({k.goal.orgUnit.name})</dd></div> : null}
        {k.product ? <div className="kern-description-list-item"><dt className="kern-description-list-item__key">{t('kpi.product')}</dt><dd className="kern-description-list-item__value">{k.product.number} {k.product.name}</dd></div> : null}
        <div className="kern-description-list-item"><dt className="kern-description-list-item__key">{t('light.label')}</dt><dd className="kern-description-list-item__value">{t('kpi.thresholds', { green: formatDegree(k.greenThreshold, lang), yellow: formatDegree(k.yellowThreshold, lang) })}</dd></div>
      </dl>
      <section aria-labelledby="chart-h" className="zw-section">
        <h2 id="chart-h" className="kern-heading-medium">{t('kpi.chart')}</h2>
        <Chart option={option} label={`${t('kpi.chart')}: ${summary}`} />
      </section>
      <section aria-labelledby="values-h" className="zw-section">
        <h2 id="values-h" className="kern-heading-medium">{t('kpi.values')}</h2>
        {values.length === 0 ? (
          <Empty>{t('kpi.noValues')}</Empty>
        ) : (
          <TableRegion label={t('kpi.values')}>
            <table className="kern-table kern-table--small" data-testid="kpi-values">
              <caption className="kern-sr-only">{t('kpi.values')}</caption>
              <thead className="kern-table__header">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('kpi.period')}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t('kpi.plan')}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t('kpi.actual')}</th>
                  <th scope="col" className="kern-table__header">{t('light.label')}</th>
                  <th scope="col" className="kern-table__header">{t('kpi.comment')}</th>
                  <th scope="col" className="kern-table__header">{t('kpi.recorded')}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {values.map((v) => (
                  <tr key={periodKey(v)} className="kern-table__row">
                    <th scope="row" className="kern-table__cell">{formatPeriod(v, lang)}</th>
                    <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(v.plan, lang)}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(v.actual, lang)}</td>
                    <td className="kern-table__cell"><Light light={v.achievement.light} degree={v.achievement.degree} /></td>
                    <td className="kern-table__cell">{v.comment}</td>
                    <td className="kern-table__cell">{formatDateTime(v.recordedAt, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
      {me.viewerCanRecordFigures || me.ledUnits.length > 0 ? <RecordForm kpiId={k.id} unit={k.unit} values={k.values} onSaved={() => re({ requestPolicy: 'network-only' })} /> : null}
      <p><Link className="kern-link" href={paths.kpis()}>← {t('kpi.list')}</Link></p>
    </article>
  );
}

function RecordForm({ kpiId, unit, values, onSaved }: { kpiId: string; unit: string; values: readonly { year: number; quarter: number | null; month: number | null; plan: number | null; actual: number | null; comment: string; version: number }[]; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const { years, year: curYear } = useSession();
  const [year, setYear] = useState(curYear);
  const [quarter, setQuarter] = useState('');
  const [plan, setPlan] = useState('');
  const [actual, setActual] = useState('');
  const [comment, setComment] = useState('');
  const [out, setOut] = useState<Outcome | null>(null);
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const [, record] = useMutation(RecordDoc);
  const existing = values.find((v) => v.year === year && (v.quarter ?? 0) === (quarter ? Number(quarter) : 0) && v.month === null);

  const submit = async () => {
    const e: Record<string, string[]> = {};
    // "42,5", "95 %", "645.000 €": a number, with the KPI's unit if any.
    const read = (v: string, field: 'plan' | 'actual') => {
      if (v.trim() === '') return undefined;
      const c = checkTarget(v, unit);
      if (c.ok) return c.value ?? undefined;
      e[field] = [c.error === 'unit' ? t('kpi.unitMismatch', { unit }) : t('kpi.numberInvalid')];
      return null;
    };
    const p = read(plan, 'plan');
    const a = read(actual, 'actual');
    setLocal(e);
    if (Object.keys(e).length) return;
    setBusy(true);
    const input: Record<string, unknown> = { kpiId, year, quarter: quarter ? Number(quarter) : null, expectedVersion: existing?.version ?? null };
    if (p !== undefined) input.plan = p;
    if (a !== undefined) input.actual = a;
    if (comment.trim() !== '') input.comment = comment;
    const o = outcomeOf(await record({ input: input as never }), 'kpiValueRecord', lang);
    setBusy(false);
    setOut(o);
    if (o.ok) {
      setPlan('');
      setActual('');
      setComment('');
      onSaved();
    }
  };
  const errs = { ...(out?.fieldErrors ?? {}), ...local };
  return (
    <section aria-labelledby="record-h" className="zw-section zw-noprint">
      <h2 id="record-h" className="kern-heading-medium">{t('kpi.record')}</h2>
      <form className="zw-form zw-form--grid" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <YearSelect years={years} value={year} onChange={setYear} />
        <Field label={t('kpi.quarter')} errors={errs.quarter}>
          {({ id, describedBy }) => (
            <div className="kern-form-input__select-wrapper">
              <select id={id} className="kern-form-input__select" value={quarter} aria-describedby={describedBy} onChange={(e) => setQuarter(e.target.value)}>
                <option value="">{t('kpi.wholeYear')}</option>
                {[1, 2, 3, 4].map((q) => <option key={q} value={q}>Q{q}</option>)}
              </select>
            </div>
          )}
        </Field>
        <Field label={t('kpi.plan')} hint={existing?.plan !== null && existing?.plan !== undefined ? formatNumber(existing.plan, lang) : undefined} errors={errs.plan}>
          {({ id, describedBy, invalid }) => <input id={id} inputMode="decimal" className="kern-form-input__input" value={plan} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setPlan(e.target.value)} />}
        </Field>
        <Field label={t('kpi.actual')} hint={existing?.actual !== null && existing?.actual !== undefined ? formatNumber(existing.actual, lang) : undefined} errors={errs.actual}>
          {({ id, describedBy, invalid }) => <input id={id} inputMode="decimal" className="kern-form-input__input" value={actual} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setActual(e.target.value)} />}
        </Field>
        <Field label={t('kpi.comment')} errors={errs.comment} className="zw-form__wide">
          {({ id, describedBy, invalid }) => <textarea id={id} rows={2} maxLength={2000} className="kern-form-input__input" value={comment} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setComment(e.target.value)} />}
        </Field>
        <div className="zw-form__wide" aria-live="polite">
          {out?.error ? <Alert kind="danger" title={out.error.code === 'CONFLICT' ? t('error.conflictTitle') : t('error.title')} live><p className="kern-body">{errorMessage(out.error, lang)}</p></Alert> : null}
          {errs[''] ? <Alert kind="danger" title={errs[''].join(' ')} live /> : null}
          {out?.ok ? <Alert kind="success" title={t('kpi.saved')} live /> : null}
        </div>
        <div className="zw-form__wide">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}><span className="kern-label">{t('app.save')}</span></button>
        </div>
      </form>
    </section>
  );
}
