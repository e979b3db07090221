import { describe, expect, it } from 'vitest';
import { parseCents, parseDegree, parseNumber, parseQuantity, sameUnit } from './number';

describe('parseNumber', () => {
  it('reads German and English decimals', () => {
    expect(parseNumber('60,5')).toBe(60.5);
    expect(parseNumber('60.5')).toBe(60.5);
    expect(parseNumber('0,125')).toBe(0.125);
    expect(parseNumber('1234,567')).toBe(1234.567);
    expect(parseNumber(',5')).toBe(0.5);
    expect(parseNumber('42')).toBe(42);
  });

  it('reads thousands separators in both conventions', () => {
    expect(parseNumber('645.000')).toBe(645000);
    expect(parseNumber('645,000')).toBe(645000);
    expect(parseNumber('1.234.567')).toBe(1234567);
    expect(parseNumber('1,234,567')).toBe(1234567);
    expect(parseNumber('645.000,5')).toBe(645000.5);
    expect(parseNumber('645,000.5')).toBe(645000.5);
    expect(parseNumber('1.234.567,89')).toBe(1234567.89);
    expect(parseNumber('1 234 567,5')).toBe(1234567.5);
    expect(parseNumber('1\u202f234,5')).toBe(1234.5);
  });

  it('a single mark with three digits after it groups thousands, unless the head starts with 0 or is longer', () => {
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('0,500')).toBe(0.5);
    expect(parseNumber('1234.567')).toBe(1234.567);
    expect(parseNumber('1,2340')).toBe(1.234);
  });

  it('reads signs', () => {
    expect(parseNumber('-50')).toBe(-50);
    expect(parseNumber('+7,5')).toBe(7.5);
    expect(parseNumber('\u22123')).toBe(-3);
  });

  it('refuses what has no single reading', () => {
    for (const s of ['', ' ', 'abc', '1,2,3', '12.34.5', '1.2,5', '1,234.5,6', '5,', '5.', '--5', '1e3', '60 %', '.', ',', '1.234,5.6']) {
      expect(parseNumber(s), s).toBeNull();
    }
  });
});

describe('parseCents', () => {
  it('reads money with up to two decimals', () => {
    expect(parseCents('12.345,67')).toBe(1234567);
    expect(parseCents('12,345.67')).toBe(1234567);
    expect(parseCents('1234,5 €')).toBe(123450);
    expect(parseCents('645.000 €')).toBe(64500000);
    expect(parseCents('EUR 10')).toBe(1000);
    expect(parseCents('-50')).toBe(-5000);
    expect(parseCents('1,239')).toBe(123900);
  });
  it('refuses fractions of a cent and words', () => {
    expect(parseCents('1,2345')).toBeNull();
    expect(parseCents('zehn')).toBeNull();
    expect(parseCents('')).toBeNull();
  });
});

describe('parseQuantity', () => {
  it('reads a number with its unit', () => {
    expect(parseQuantity('95 %')).toEqual({ value: 95, unit: '%' });
    expect(parseQuantity('95%')).toEqual({ value: 95, unit: '%' });
    expect(parseQuantity('645.000 €')).toEqual({ value: 645000, unit: '€' });
    expect(parseQuantity('€ 645.000')).toEqual({ value: 645000, unit: '€' });
    expect(parseQuantity('645.000 EUR')).toEqual({ value: 645000, unit: '€' });
    expect(parseQuantity('30 Tage')).toEqual({ value: 30, unit: 'Tage' });
    expect(parseQuantity('2,5 Std.')).toEqual({ value: 2.5, unit: 'Std.' });
    expect(parseQuantity('1.200')).toEqual({ value: 1200, unit: '' });
    expect(parseQuantity('12,5 m²')).toEqual({ value: 12.5, unit: 'm²' });
    expect(parseQuantity('3 kWp')).toEqual({ value: 3, unit: 'kWp' });
  });
  it('refuses what is no quantity', () => {
    for (const s of ['', 'Tage', '€ 5 Tage', '5 % mehr?', '1,2,3 %', 'ca. 5']) expect(parseQuantity(s), s).toBeNull();
  });
});

describe('sameUnit', () => {
  it('treats spellings of one unit alike', () => {
    expect(sameUnit('%', 'Prozent')).toBe(true);
    expect(sameUnit('€', 'EUR')).toBe(true);
    expect(sameUnit('Tage', 'tage')).toBe(true);
    expect(sameUnit('Tage', '%')).toBe(false);
  });
});

describe('parseDegree', () => {
  it('takes percent from 0 to 150 with one decimal, German or English, with or without "%"', () => {
    expect(parseDegree('60,5')).toEqual({ ok: true, value: 60.5 });
    expect(parseDegree('60.5')).toEqual({ ok: true, value: 60.5 });
    expect(parseDegree('60,5 %')).toEqual({ ok: true, value: 60.5 });
    expect(parseDegree('149,9')).toEqual({ ok: true, value: 149.9 });
    expect(parseDegree('0,1')).toEqual({ ok: true, value: 0.1 });
    expect(parseDegree('60')).toEqual({ ok: true, value: 60 });
    expect(parseDegree('60 %')).toEqual({ ok: true, value: 60 });
    expect(parseDegree('150')).toEqual({ ok: true, value: 150 });
    expect(parseDegree('0')).toEqual({ ok: true, value: 0 });
    expect(parseDegree('60,0')).toEqual({ ok: true, value: 60 });
  });
  it('says what is wrong', () => {
    expect(parseDegree('60,55')).toEqual({ ok: false, error: 'invalid' });
    expect(parseDegree('150,1')).toEqual({ ok: false, error: 'range' });
    expect(parseDegree('151')).toEqual({ ok: false, error: 'range' });
    expect(parseDegree('-1')).toEqual({ ok: false, error: 'range' });
    expect(parseDegree('')).toEqual({ ok: false, error: 'invalid' });
    expect(parseDegree('sechzig')).toEqual({ ok: false, error: 'invalid' });
    expect(parseDegree('60 Tage')).toEqual({ ok: false, error: 'invalid' });
  });
});
