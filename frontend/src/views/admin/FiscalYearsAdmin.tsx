import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../lib/i18n';
import { FiscalYearCloseDoc, FiscalYearOpenDoc, FiscalYearsDoc } from '../../adminDocs';
import { DoneNotice } from '../../components/DoneNotice';
import { AdminLayout } from '../../components/AdminLayout';
import { Loading, QueryError } from '../../components/States';
import { TableRegion } from '../../components/TableRegion';
import { TextField } from '../../components/Inputs';
import { FormAlert } from '../../components/FormAlert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useSave } from '../../lib/useSave';
import { formatDateTime } from '../../lib/format';
import { sortFiscalYears, suggestFiscalYear } from '../../lib/fiscalYears';

export default function FiscalYearsAdmin() {
  const { t, lang } = useI18n();
  const [res, refetch] = useQuery({ query: FiscalYearsDoc, requestPolicy: 'network-only' });
  const [done, setDone] = useState<string | null>(null);
  const [closing, setClosing] = useState<number | null>(null);
  const [year, setYear] = useState('');
  const [copy, setCopy] = useState(false);
  const [, open] = useMutation(FiscalYearOpenDoc);
  const [, close] = useMutation(FiscalYearCloseDoc);
  const save = useSave();
  const closeSave = useSave();
  const formRef = useRef<HTMLFormElement>(null);
  const years = res.data ? sortFiscalYears(res.data.fiscalYearStatus) : null;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const filled = useRef(false);
  useEffect(() => {
    if (years && !filled.current) {
      filled.current = true;
      setYear(String(suggestFiscalYear(years, new Date().getFullYear())));
    }
  }, [years]);

  const submit = async () => {
    setDone(null);
    const y = Number(year);
    if (!/^\d{4}$/.test(year.trim())) {
      save.setFieldErrors({ year: [t('fy.yearInvalid')] });
      return;
    }
    const d = await save.run(() => open({ year: y, copyAgreements: copy }), 'fiscalYearOpen', formRef.current);
    if (d) {
      const p = d.fiscalYearOpen;
      setDone(copy ? t('fy.openedCopied', { year: y, copied: p.copiedAgreements, skipped: p.skippedAgreements }) : t('fy.opened', { year: y }));
      setYear(String(y + 1));
      setCopy(false);
      reload();
    }
  };
  const confirmClose = async () => {
    if (closing === null) return;
    const y = closing;
    const d = await closeSave.run(() => close({ year: y }), 'fiscalYearClose', null);
    setClosing(null);
    if (d) {
      setDone(t('fy.closed', { year: y }));
      reload();
    }
  };

  return (
    <AdminLayout page="years">
      <h1 className="kern-heading-large">{t('fy.title')}</h1>
      <p className="kern-body">{t('fy.intro')}</p>
      <DoneNotice message={done} />
      <FormAlert error={closeSave.error} fieldErrors={closeSave.fieldErrors} known={[]} />
      <form ref={formRef} className="zw-form zw-panel" aria-labelledby="fy-open-h" noValidate data-testid="fy-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <h2 id="fy-open-h" className="kern-heading-medium">{t('fy.open')}</h2>
        <FormAlert error={save.error} fieldErrors={save.fieldErrors} known={['year']} />
        <TextField label={t('fy.year')} name="year" hint={t('fy.yearHint')} value={year} onChange={setYear} errors={save.fieldErrors['year']} required inputMode="numeric" />
        <div className="kern-form-check">
          <input className="kern-form-check__checkbox" type="checkbox" id="fy-copy" checked={copy} onChange={(e) => setCopy(e.target.checked)} />
          <label className="kern-label" htmlFor="fy-copy">{t('fy.copy')}</label>
        </div>
        <div className="kern-btn-wrapper">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={save.busy} data-testid="fy-open">
            <span className="kern-label">{save.busy ? t('admin.busy') : t('fy.openButton')}</span>
          </button>
        </div>
      </form>
      {res.fetching && !years ? <Loading /> : null}
      {res.error && !years ? <QueryError error={res.error} retry={reload} /> : null}
      {years ? (
        <TableRegion label={t('fy.list')}>
          <table className="kern-table kern-table--small" data-testid="fy-table">
            <caption className="kern-sr-only">{t('fy.list')}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('fy.year')}</th>
                <th scope="col" className="kern-table__header">{t('fy.status')}</th>
                <th scope="col" className="kern-table__header">{t('fy.openedAt')}</th>
                <th scope="col" className="kern-table__header">{t('fy.closedAt')}</th>
                <th scope="col" className="kern-table__header">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {years.length === 0 ? (
                <tr className="kern-table__row"><td className="kern-table__cell" colSpan={5}>{t('fy.none')}</td></tr>
              ) : null}
              {years.map((y) => (
                <tr key={y.year} className="kern-table__row" data-testid={`fy-row-${y.year}`}>
                  <th scope="row" className="kern-table__cell">{y.year}</th>
                  <td className="kern-table__cell" data-testid={`fy-status-${y.year}`}>{t(`fy.${y.status}`)}</td>
                  <td className="kern-table__cell">{formatDateTime(y.openedAt, lang)}</td>
                  <td className="kern-table__cell">{formatDateTime(y.closedAt, lang)}</td>
                  <td className="kern-table__cell">
                    {y.status === 'OPEN' ? (
                      <button type="button" className="kern-btn kern-btn--secondary" aria-label={t('fy.closeLabel', { year: y.year })} onClick={() => { setDone(null); closeSave.reset(); setClosing(y.year); }}>
                        <span className="kern-label">{t('fy.close')}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {closing !== null ? (
        <ConfirmDialog title={t('fy.confirmTitle', { year: closing })} confirmLabel={t('fy.close')} busy={closeSave.busy} onConfirm={() => void confirmClose()} onCancel={() => setClosing(null)} testId="fy-confirm">
          <p className="kern-body">{t('fy.confirmText', { year: closing })}</p>
        </ConfirmDialog>
      ) : null}
    </AdminLayout>
  );
}
