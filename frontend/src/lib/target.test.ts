import { describe, expect, it } from 'vitest';
import { checkTarget, shownUnit, unitOfTyped } from './target';

describe('checkTarget', () => {
  it('takes a number with or without the KPI unit', () => {
    expect(checkTarget('95 %', '%')).toEqual({ ok: true, value: 95 });
    expect(checkTarget('645.000 €', 'EUR')).toEqual({ ok: true, value: 645000 });
    expect(checkTarget('30 Tage', 'Tage')).toEqual({ ok: true, value: 30 });
    expect(checkTarget('60,5', 'Tage')).toEqual({ ok: true, value: 60.5 });
    expect(checkTarget('', '%')).toEqual({ ok: true, value: null });
  });
  it('refuses another unit than the linked KPI’s', () => {
    expect(checkTarget('30 Tage', '%')).toEqual({ ok: false, error: 'unit', kpiUnit: '%' });
  });
  it('fills the item unit from what is typed without a linked KPI', () => {
    expect(checkTarget('30 Tage', null)).toEqual({ ok: true, value: 30, unit: 'DAYS' });
    expect(checkTarget('645.000 €', null)).toEqual({ ok: true, value: 645000, unit: 'EUR' });
    expect(checkTarget('95 %', null)).toEqual({ ok: true, value: 95, unit: 'PERCENT' });
    expect(checkTarget('12 Anzahl', null)).toEqual({ ok: true, value: 12, unit: 'COUNT' });
    expect(checkTarget('60,5', null)).toEqual({ ok: true, value: 60.5 });
  });
  it('says that another unit without a linked KPI is not kept', () => {
    expect(checkTarget('12 m²', null)).toEqual({ ok: true, value: 12, unitNotSaved: 'm²' });
  });
  it('reads the units people type', () => {
    expect(unitOfTyped('Prozent')).toBe('PERCENT');
    expect(unitOfTyped('EUR')).toBe('EUR');
    expect(unitOfTyped('Tag')).toBe('DAYS');
    expect(unitOfTyped('Stück')).toBe('COUNT');
    expect(unitOfTyped('Fälle')).toBeNull();
  });
  it('shows the KPI unit over the item unit', () => {
    const word = (u: string) => `<${u}>`;
    expect(shownUnit({ kpi: { unit: 'Fälle' }, targetUnit: 'DAYS' as never }, word)).toBe('Fälle');
    expect(shownUnit({ kpi: null, targetUnit: 'DAYS' as never }, word)).toBe('<DAYS>');
    expect(shownUnit({ kpi: null, targetUnit: 'NONE' as never }, word)).toBe('');
  });
  it('refuses what is no number', () => {
    expect(checkTarget('viel', null)).toEqual({ ok: false, error: 'invalid' });
    expect(checkTarget('1,2,3 %', '%')).toEqual({ ok: false, error: 'invalid' });
  });
});
