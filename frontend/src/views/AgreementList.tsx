import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { QueryState, Empty } from '../components/States';
import { YearSelect } from '../components/YearSelect';
import { AgreementTable } from '../components/AgreementTable';
import { NewAgreementButton } from '../components/NewAgreementButton';
import { useState } from 'react';
import { navigate, paths, useLocation } from '../lib/router';
import { statusOrder } from '../lib/agreements';
import type { AgreementStatus } from '../components/StatusBadge';
import { agreementUnitFrom, agreementUnitParam } from '../lib/agreementFilter';

const ListDoc = graphql(`
  query AgreementList($year: Int, $after: String, $status: AgreementStatus, $orgUnit: ID, $search: String) {
    dezernate: orgUnits(kind: DEZERNAT, first: 50) {
      nodes {
        id
        name
      }
    }
    fachbereiche: orgUnits(kind: FACHBEREICH, first: 50) {
      nodes {
        id
        name
      }
    }
    agreements(year: $year, status: $status, orgUnit: $orgUnit, search: $search, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        year
        status
        orgUnit {
          id
          name
        }
        principal {
          id
          name
        }
        agent {
          id
          name
        }
        updatedAt
      }
    }
  }
`);

export default function AgreementList() {
  const { t } = useI18n();
  const { years, year, setYear, me } = useSession();
  const myUnit = me.ledUnits[0]?.id ?? null;
  const [after, setAfter] = useState<string[]>([]);
  // Filters live in the URL (status, bereich, suche): a reload or a shared link keeps them.
  // Without "bereich" a leader sees their own area (the unit and those below).
  const q = new URLSearchParams(useLocation().search);
  const st = q.get('status');
  const status = (statusOrder as string[]).includes(st ?? '') ? (st as AgreementStatus) : null;
  const orgUnit = agreementUnitFrom(q, myUnit);
  const search = q.get('suche') || null;
  const [text, setText] = useState(search ?? '');
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(q);
    if (value) next.set(key, value);
    else next.delete(key);
    setAfter([]);
    const qs = next.toString();
    navigate(paths.agreements() + (qs ? `?${qs}` : ''), { replace: true });
  };
  const [res, re] = useQuery({ query: ListDoc, variables: { year, after: after[after.length - 1] ?? null, status, orgUnit, search } });
  // The viewer's own units first, then the Dezernate and Fachbereiche; a unit
  // from a link (e.g. an Amt from the risk view) is kept as an option.
  const unitOptions: { id: string; name: string; mine: boolean }[] = me.ledUnits.map((u) => ({ id: u.id, name: u.name, mine: true }));
  for (const u of [...(res.data?.dezernate.nodes ?? []), ...(res.data?.fachbereiche.nodes ?? [])]) {
    if (!unitOptions.some((o) => o.id === u.id)) unitOptions.push({ id: u.id, name: u.name, mine: false });
  }
  if (orgUnit && !unitOptions.some((o) => o.id === orgUnit)) unitOptions.push({ id: orgUnit, name: t('agreement.otherUnit'), mine: false });
  return (
    <>
      <div className="zw-pagehead">
        <h1 className="kern-heading-large">{t('agreement.list')}</h1>
        <div className="zw-pagehead__tools">
          <NewAgreementButton />
          <YearSelect years={years} value={year} onChange={(y) => { setAfter([]); setYear(y); }} />
        </div>
      </div>
      <form
        className="zw-filters"
        role="search"
        aria-label={t('agreement.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          setFilter('suche', text.trim() || null);
        }}
      >
        <div className="kern-form-input zw-filter">
          <label className="kern-label" htmlFor="agreement-status">{t('agreement.filterStatus')}</label>
          <div className="kern-form-input__select-wrapper">
            <select id="agreement-status" className="kern-form-input__select" value={status ?? ''} onChange={(e) => setFilter('status', e.target.value || null)}>
              <option value="">{t('agreement.allStatus')}</option>
              {statusOrder.map((s) => (
                <option key={s} value={s}>{t(`status.${s}`)}</option>
              ))}
            </select>
          </div>
        </div>
        <div className="kern-form-input zw-filter">
          <label className="kern-label" htmlFor="agreement-unit">{t('kpi.filterUnit')}</label>
          <div className="kern-form-input__select-wrapper">
            <select id="agreement-unit" className="kern-form-input__select" value={orgUnit ?? ''} onChange={(e) => setFilter('bereich', agreementUnitParam(e.target.value || null, myUnit))}>
              <option value="">{t('kpi.allUnits')}</option>
              {unitOptions.map((u) => (
                <option key={u.id} value={u.id}>{u.mine ? `${t('kpi.myUnit')}: ${u.name}` : u.name}</option>
              ))}
            </select>
          </div>
        </div>
        <div className="kern-form-input zw-filter">
          <label className="kern-label" htmlFor="agreement-search">{t('agreement.search')}</label>
          <input id="agreement-search" className="kern-form-input__input" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="zw-filter">
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t('agreement.searchButton')}</span>
          </button>
        </div>
      </form>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => (
          <>
            <p className="kern-body" data-testid="agreement-count" data-total={d.agreements.totalCount}>{t('budget.showing', { n: d.agreements.nodes.length, total: d.agreements.totalCount })}</p>
            {d.agreements.nodes.length === 0 ? <Empty>{t('start.none')}</Empty> : <AgreementTable agreements={d.agreements.nodes} caption={t('agreement.list')} />}
            <div className="kern-btn-wrapper">
              {after.length > 0 ? (
                <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setAfter(after.slice(0, -1))}>
                  <span className="kern-label">{t('app.back')}</span>
                </button>
              ) : null}
              {d.agreements.pageInfo.hasNextPage && d.agreements.pageInfo.endCursor ? (
                <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setAfter([...after, d.agreements.pageInfo.endCursor!])}>
                  <span className="kern-label">{t('app.more')}</span>
                </button>
              ) : null}
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
