import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { useSession } from '../session';
import { QueryState, Empty } from '../components/States';
import { YearSelect } from '../components/YearSelect';
import { AgreementTable } from '../components/AgreementTable';
import { NewAgreementButton } from '../components/NewAgreementButton';
import { useState } from 'react';

const ListDoc = graphql(`
  query AgreementList($year: Int, $after: String) {
    agreements(year: $year, first: 50, after: $after) {
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
  const { years, year, setYear } = useSession();
  const [after, setAfter] = useState<string[]>([]);
  const [res, re] = useQuery({ query: ListDoc, variables: { year, after: after[after.length - 1] ?? null } });
  return (
    <>
      <div className="zw-pagehead">
        <h1 className="kern-heading-large">{t('agreement.list')}</h1>
        <div className="zw-pagehead__tools">
          <NewAgreementButton />
          <YearSelect years={years} value={year} onChange={(y) => { setAfter([]); setYear(y); }} />
        </div>
      </div>
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => (
          <>
            <p className="kern-body">{t('budget.showing', { n: d.agreements.nodes.length, total: d.agreements.totalCount })}</p>
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
