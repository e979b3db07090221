import { describe, expect, it } from 'vitest';
import { checkTarget } from './target';

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
  it('says that a unit without a linked KPI is not kept', () => {
    expect(checkTarget('30 Tage', null)).toEqual({ ok: true, value: 30, unitNotSaved: 'Tage' });
    expect(checkTarget('645.000 €', null)).toEqual({ ok: true, value: 645000, unitNotSaved: '€' });
  });
  it('refuses what is no number', () => {
    expect(checkTarget('viel', null)).toEqual({ ok: false, error: 'invalid' });
    expect(checkTarget('1,2,3 %', '%')).toEqual({ ok: false, error: 'invalid' });
  });
});
