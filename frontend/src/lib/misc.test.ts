import { describe, expect, it } from 'vitest';
import { cascadeProgress, sumCounts } from './agreements';
import { periodKey, sortValues, yearlySeries } from './kpi';
import { rate, savingsByYear } from './budget';
import { parseImportResponse } from './importApi';
import { translate } from './i18n';
import { messages } from './messages';
import { defaultYear } from '../session';

describe('cascade progress', () => {
  it('counts agreements at least concluded, reviewed, assessed', () => {
    const p = cascadeProgress({
      total: 6,
      counts: [
        { status: 'DRAFT', count: 1 },
        { status: 'AGREED', count: 2 },
        { status: 'REVIEWED', count: 1 },
        { status: 'ASSESSED', count: 1 },
        { status: 'CLOSED', count: 1 },
      ],
    });
    expect(p).toEqual({ total: 6, concluded: 5, reviewed: 3, assessed: 2 });
  });
  it('sums units', () => {
    const s = sumCounts([
      { total: 1, counts: [{ status: 'DRAFT', count: 1 }] },
      { total: 2, counts: [{ status: 'DRAFT', count: 1 }, { status: 'AGREED', count: 1 }] },
    ]);
    expect(s).toEqual({ total: 3, counts: [{ status: 'DRAFT', count: 2 }, { status: 'AGREED', count: 1 }] });
  });
});

describe('KPI values', () => {
  const v = [
    { year: 2025, quarter: null, month: null, plan: 10, actual: 9 },
    { year: 2025, quarter: 2, month: null, plan: 5, actual: 4 },
    { year: 2026, quarter: null, month: null, plan: 11, actual: null },
  ];
  it('builds yearly series with gaps', () => {
    expect(yearlySeries(v, 2024, 2026)).toEqual({ years: [2024, 2025, 2026], plan: [null, 10, 11], actual: [null, 9, null] });
  });
  it('names and sorts periods', () => {
    expect(periodKey({ year: 2026, quarter: 3, month: null })).toBe('2026-Q3');
    expect(periodKey({ year: 2026, quarter: null, month: 4 })).toBe('2026-04');
    expect(sortValues(v).map(periodKey)).toEqual(['2026', '2025', '2025-Q2']);
  });
});

describe('HSP savings', () => {
  it('sums per year and computes rates', () => {
    const s = savingsByYear(
      [
        { savings: [{ year: 2026, planned: 100, realised: 50 }] },
        { savings: [{ year: 2026, planned: 100, realised: null }, { year: 2027, planned: 10, realised: null }] },
      ],
      [2026, 2027],
    );
    expect(s).toEqual({ planned: [200, 10], realised: [50, 0] });
    expect(rate(200, 50)).toBe(0.25);
    expect(rate(0, 50)).toBeNull();
  });
});

describe('import answers', () => {
  it('reads a row-level error report', () => {
    const o = parseImportResponse(
      422,
      JSON.stringify({ applied: false, rows: 3, errors: [{ row: 2, column: 'actual', reasonDe: 'keine Zahl', reasonEn: 'not a number' }] }),
    );
    expect(o).toEqual({ kind: 'result', result: { applied: false, rows: 3, errors: [{ row: 2, column: 'actual', reasonDe: 'keine Zahl', reasonEn: 'not a number' }] } });
  });
  it('reports other answers as HTTP failures', () => {
    expect(parseImportResponse(404, 'not found')).toEqual({ kind: 'http', status: 404, code: undefined, message: undefined });
    expect(parseImportResponse(401, JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }))).toMatchObject({ kind: 'http', code: 'UNAUTHENTICATED' });
  });
});

describe('texts', () => {
  it('has German and English for every key', () => {
    for (const [k, m] of Object.entries(messages)) {
      expect(m.de, k).toBeTruthy();
      expect(m.en, k).toBeTruthy();
    }
  });
  it('fills parameters', () => {
    expect(translate('de', 'editor.sumUnder', { n: 20 })).toBe('Es fehlen noch 20 Prozentpunkte bis 100 %.');
    expect(translate('en', 'editor.sum', { sum: 105 })).toBe('Sum of weights: 105 %');
  });
});

describe('default year', () => {
  it('takes this year when present, else the nearest', () => {
    expect(defaultYear([2025, 2026, 2027], new Date('2026-11-27'))).toBe(2026);
    expect(defaultYear([2022, 2023], new Date('2026-11-27'))).toBe(2023);
  });
});
