// Which administration pages a viewer gets (the server decides each write:
// access/masterdata.go; this only keeps the navigation honest).
import type { Role } from './roles';

export type AdminPage =
  | 'org'
  | 'people'
  | 'strategic'
  | 'cascade'
  | 'kpis'
  | 'products'
  | 'measures'
  | 'years'
  | 'import'
  | 'roles'
  | 'deputies'
  | 'transfers'
  | 'outbox';

export const adminPageOrder: AdminPage[] = [
  'org',
  'people',
  'strategic',
  'cascade',
  'kpis',
  'products',
  'measures',
  'years',
  'import',
  'roles',
  'deputies',
  'transfers',
  'outbox',
];

export function adminPages(me: { roles: readonly Role[]; ledUnits: readonly { id: string }[] }): AdminPage[] {
  const admin = me.roles.includes('ADMIN');
  const controlling = me.roles.includes('CONTROLLING');
  const leader = me.ledUnits.length > 0;
  return adminPageOrder.filter((p) => {
    switch (p) {
      case 'org':
      case 'people':
      case 'strategic':
      case 'products':
        return admin;
      case 'cascade':
      case 'deputies':
        return admin || leader;
      case 'kpis':
      case 'measures':
        return admin || controlling;
      case 'years':
      case 'import':
      case 'roles':
      case 'transfers':
      case 'outbox':
        return admin;
    }
  });
}

export const mayAdminister = (me: Parameters<typeof adminPages>[0]) => adminPages(me).length > 0;
