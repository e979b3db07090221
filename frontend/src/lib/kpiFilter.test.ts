import { describe, expect, it } from 'vitest';
import { kpiFilterFrom, kpiFilterSearch } from './kpiFilter';

describe('kpi filter in the URL', () => {
  it('defaults a leader to their unit and round-trips', () => {
    expect(kpiFilterFrom(new URLSearchParams(''), 'U1')).toEqual({ light: 'ALL', unit: 'U1', overdue: false });
    const f = kpiFilterFrom(new URLSearchParams('ampel=RED&bereich=alle&ueberfaellig=1'), 'U1');
    expect(f).toEqual({ light: 'RED', unit: null, overdue: true });
    expect(kpiFilterSearch(f, 'U1')).toBe('?ampel=RED&bereich=alle&ueberfaellig=1');
    expect(kpiFilterSearch({ light: 'ALL', unit: 'U1', overdue: false }, 'U1')).toBe('');
    expect(kpiFilterFrom(new URLSearchParams('ampel=BLAU&bereich=U2'), null)).toEqual({ light: 'ALL', unit: 'U2', overdue: false });
  });
});
