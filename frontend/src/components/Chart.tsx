import { lazy, Suspense } from 'react';
import type { EChartProps } from '../charts/EChart';
import { Loading } from './States';

const EChart = lazy(() => import('../charts/EChart'));

/** A lazily loaded chart; the page shows the data table meanwhile. */
export function Chart(props: EChartProps) {
  return (
    <Suspense fallback={<Loading />}>
      <EChart {...props} />
    </Suspense>
  );
}

/** KERN-like palette with enough contrast against white. */
export const chartColors = { plan: '#1d4f91', actual: '#b45309', forecast: '#6b21a8', realised: '#166534' };
