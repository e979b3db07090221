import { AdminLayout } from '../../components/AdminLayout';
import ImportView from '../ImportView';
import { paths } from '../../lib/router';

/** The import page inside the administration area, with the onboarding kinds. */
export default function AdminImport() {
  return (
    <AdminLayout page="import">
      <ImportView returnTo={paths.adminImport()} />
    </AdminLayout>
  );
}
