import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../lib/i18n';
import { AdminLayout } from '../../components/AdminLayout';
import { Alert, Empty, QueryState } from '../../components/States';
import { TableRegion } from '../../components/TableRegion';
import { roleOrder } from '../../lib/roles';

const RoleMappingDoc = graphql(`
  query AdminRoleMapping {
    roleMapping {
      claim
      entries {
        value
        roles
      }
      bootstrapAdmins
    }
  }
`);

/** Rollenzuordnung: the IdP role mapping in force, read-only (ADMIN). */
export default function RoleMappingAdmin() {
  const { t } = useI18n();
  const [res, re] = useQuery({ query: RoleMappingDoc });
  const roleName = (r: string) => ((roleOrder as string[]).includes(r) ? `${t(`role.${r as (typeof roleOrder)[number]}`)} (${r})` : r);
  return (
    <AdminLayout page="roles">
      <h1 className="kern-heading-large">{t('admin.roles')}</h1>
      <Alert kind="info" title={t('roles.readOnly')} />
      <QueryState {...res} retry={() => re({ requestPolicy: 'network-only' })}>
        {(d) => (
          <>
            <dl className="kern-description-list zw-facts">
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t('roles.claim')}</dt>
                <dd className="kern-description-list-item__value" data-testid="role-claim"><code>{d.roleMapping.claim}</code></dd>
              </div>
            </dl>
            <section aria-labelledby="roles-h" className="zw-section">
              <h2 id="roles-h" className="kern-heading-medium">{t('roles.entries')}</h2>
              {d.roleMapping.entries.length === 0 ? (
                <Empty>{t('roles.noEntries')}</Empty>
              ) : (
                <TableRegion label={t('roles.entries')}>
                  <table className="kern-table kern-table--small" data-testid="role-table">
                    <caption className="kern-sr-only">{t('roles.entries')}</caption>
                    <thead className="kern-table__header">
                      <tr className="kern-table__row">
                        <th scope="col" className="kern-table__header">{t('roles.value')}</th>
                        <th scope="col" className="kern-table__header">{t('roles.roles')}</th>
                      </tr>
                    </thead>
                    <tbody className="kern-table__body">
                      {d.roleMapping.entries.map((e) => (
                        <tr key={e.value} className="kern-table__row">
                          <th scope="row" className="kern-table__cell"><code>{e.value}</code></th>
                          <td className="kern-table__cell">{e.roles.map(roleName).join(', ')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableRegion>
              )}
            </section>
            <section aria-labelledby="bootstrap-h" className="zw-section">
              <h2 id="bootstrap-h" className="kern-heading-medium">{t('roles.bootstrap')}</h2>
              {d.roleMapping.bootstrapAdmins.length === 0 ? (
                <Empty>{t('roles.noBootstrap')}</Empty>
              ) : (
                <ul className="zw-list" data-testid="bootstrap-admins">
                  {d.roleMapping.bootstrapAdmins.map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </QueryState>
    </AdminLayout>
  );
}
