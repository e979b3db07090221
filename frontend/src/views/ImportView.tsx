import { useRef, useState } from 'react';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { Alert, ErrorState } from '../components/States';
import { Field } from '../components/Field';
import { importColumns, importKindsFor, isOnboarding, templateHref, uploadImport, type ImportKind, type ImportOutcome, type OnboardingKind } from '../lib/importApi';
import { loginHref } from '../lib/router';
import { TableRegion } from '../components/TableRegion';

export default function ImportView({ returnTo = '/import' }: { returnTo?: string }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const kinds = importKindsFor(me);
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'kpi-values');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string[] | undefined>();
  const [running, setRunning] = useState<null | { dry: boolean; progress: number | null }>(null);
  const [outcome, setOutcome] = useState<{ dry: boolean; o: ImportOutcome } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  if (kinds.length === 0) {
    return <ErrorState error={{ code: 'FORBIDDEN', messageDe: t('import.noPermission'), messageEn: t('import.noPermission') }} />;
  }

  const run = async (dry: boolean) => {
    if (!file) {
      setFileError([t('import.chooseFile')]);
      return;
    }
    setFileError(undefined);
    setOutcome(null);
    setRunning({ dry, progress: 0 });
    const o = await uploadImport(kind, file, dry, (p) => setRunning({ dry, progress: p }));
    setRunning(null);
    setOutcome({ dry, o });
    setTimeout(() => resultRef.current?.focus(), 0);
  };

  return (
    <>
      <h1 className="kern-heading-large">{t('import.title')}</h1>
      <p className="kern-body">{t('import.intro')}</p>
      <form className="zw-form" onSubmit={(e) => { e.preventDefault(); void run(true); }}>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('import.kind')}</legend>
          <div className="kern-fieldset__body">
            {kinds.map((k) => (
              <div key={k} className="kern-form-check">
                <input className="kern-form-check__radio" type="radio" name="kind" id={`kind-${k}`} checked={kind === k} onChange={() => { setKind(k); setOutcome(null); }} />
                <label className="kern-label" htmlFor={`kind-${k}`}>
                  {t(`import.${k}`)}
                  {isOnboarding(k) ? <span className="kern-sr-only"> ({t('import.masterData')})</span> : null}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        {isOnboarding(kind) ? <ColumnHelp kind={kind} /> : null}
        <Field label={t('import.file')} hint={t('import.fileHint')} errors={fileError}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="file" className="kern-form-input__input" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          )}
        </Field>
        <div className="kern-btn-wrapper">
          <button type="submit" className="kern-btn kern-btn--secondary" disabled={!!running}><span className="kern-label">{t('import.dryRun')}</span></button>
          <button type="button" className="kern-btn kern-btn--primary" disabled={!!running} onClick={() => void run(false)}><span className="kern-label">{t('import.apply')}</span></button>
        </div>
      </form>
      <div aria-live="polite">
        {running ? (
          <div className="zw-progressbox" role="status">
            <label htmlFor="import-progress" className="kern-label">{t('import.progress')}</label>
            <progress id="import-progress" className="kern-progress zw-progress" max={1} value={running.progress ?? undefined} />
          </div>
        ) : null}
      </div>
      <div ref={resultRef} tabIndex={-1} data-testid="import-result">
        {outcome ? <ImportResultView outcome={outcome.o} lang={lang} returnTo={returnTo} /> : null}
      </div>
    </>
  );
}

function ColumnHelp({ kind }: { kind: OnboardingKind }) {
  const { t, lang } = useI18n();
  const name = t(`import.${kind}`);
  return (
    <section className="zw-panel" aria-labelledby="import-cols-h" data-testid="import-columns">
      <h2 id="import-cols-h" className="kern-heading-small">{t('import.columns', { kind: name })}</h2>
      <ul className="kern-list">
        {importColumns[kind].map((c, i) => (
          <li key={i} className="kern-body">{c[lang]}</li>
        ))}
      </ul>
      <p className="kern-body">
        {t('import.template')}{' '}
        <a className="kern-link" href={templateHref(kind, 'csv')} download data-testid="template-csv">{t('import.templateCsv', { kind: name })}</a>
        {' · '}
        <a className="kern-link" href={templateHref(kind, 'xlsx')} download data-testid="template-xlsx">{t('import.templateXlsx', { kind: name })}</a>
      </p>
    </section>
  );
}


function ImportResultView({ outcome, lang, returnTo }: { outcome: ImportOutcome; lang: 'de' | 'en'; returnTo: string }) {
  const { t } = useI18n();
  if (outcome.kind === 'http') {
    if (outcome.status === 401 || outcome.code === 'UNAUTHENTICATED') {
      return (
        <Alert kind="info" title={t('signin.title')} live>
          <a className="kern-btn kern-btn--primary" href={loginHref(returnTo)}><span className="kern-label">{t('signin.button')}</span></a>
        </Alert>
      );
    }
    if (outcome.status === 403) return <Alert kind="danger" title={t('import.noPermission')} live />;
    return <Alert kind="danger" title={t('import.unavailable', { status: outcome.status })} live>{outcome.message ? <p className="kern-body">{outcome.message}</p> : null}</Alert>;
  }
  const r = outcome.result;
  if (r.errors.length === 0) {
    return <Alert kind="success" title={r.applied ? t('import.okApplied', { rows: r.rows }) : t('import.okDry', { rows: r.rows })} live />;
  }
  return (
    <>
      <Alert kind="danger" title={t('import.failed', { n: r.errors.length, rows: r.rows })} live />
      <TableRegion label={t('import.failed', { n: r.errors.length, rows: r.rows })}>
        <table className="kern-table kern-table--small" data-testid="import-errors">
          <caption className="kern-sr-only">{t('import.failed', { n: r.errors.length, rows: r.rows })}</caption>
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header kern-table__header--numeric">{t('import.row')}</th>
              <th scope="col" className="kern-table__header">{t('import.column')}</th>
              <th scope="col" className="kern-table__header">{t('import.reason')}</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {r.errors.map((e, i) => (
              <tr key={i} className="kern-table__row">
                <td className="kern-table__cell kern-table__cell--numeric">{e.row}</td>
                <td className="kern-table__cell">{e.column}</td>
                <td className="kern-table__cell">{lang === 'de' ? e.reasonDe : e.reasonEn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
