import { describe, expect, it } from 'vitest';
import { formatCents, formatDate, formatDateTime, formatDegree, formatPercent, todayISO } from './format';

// Intl may use a narrow no-break space before €; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('formats cents the German way', () => {
    expect(plain(formatCents(123456, 'de'))).toBe('1.234,56 €');
    expect(plain(formatCents(-5, 'de'))).toBe('-0,05 €');
    expect(plain(formatCents(0, 'de'))).toBe('0,00 €');
  });
  it('formats cents in English', () => {
    expect(plain(formatCents(123456, 'en'))).toBe('€1,234.56');
  });
  it('shows a dash for missing amounts', () => {
    expect(formatCents(null, 'de')).toBe('–');
    expect(formatCents(undefined, 'en')).toBe('–');
  });
});

describe('dates', () => {
  it('formats a calendar day as 27.11.2026 without time-zone drift', () => {
    expect(formatDate('2026-11-27', 'de')).toBe('27.11.2026');
    expect(formatDate('2026-01-01', 'de')).toBe('01.01.2026');
    expect(formatDate('2026-11-27', 'en')).toBe('27/11/2026');
  });
  it('shows an instant as its day in Berlin', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Berlin.
    expect(formatDate('2026-12-31T23:30:00Z', 'de')).toBe('01.01.2027');
    expect(plain(formatDateTime('2026-11-27T13:05:00Z', 'de'))).toBe('27.11.2026, 14:05');
  });
  it('shows a dash for missing or broken dates', () => {
    expect(formatDate(null, 'de')).toBe('–');
    expect(formatDate('not a date', 'de')).toBe('–');
  });
  it('knows today in Berlin', () => {
    expect(todayISO(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('numbers and percentages', () => {
  it('formats degrees (1.0 = 100 %)', () => {
    expect(plain(formatDegree(0.875, 'de'))).toBe('87,5 %');
    expect(plain(formatDegree(1, 'en'))).toBe('100%');
    expect(formatDegree(null, 'de')).toBe('–');
  });
  it('formats whole percentages', () => {
    expect(plain(formatPercent(40, 'de'))).toBe('40 %');
  });
});
