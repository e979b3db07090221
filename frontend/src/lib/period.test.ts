import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod } from './period';

describe('formatPeriod', () => {
  it('writes years, quarters and months one way', () => {
    expect(formatPeriod({ year: 2026 }, 'de')).toBe('2026');
    expect(formatPeriod({ year: 2026, quarter: 3, month: null }, 'de')).toBe('Q3 2026');
    expect(formatPeriod({ year: 2026, quarter: null, month: 10 }, 'de')).toBe('Okt. 2026');
    expect(formatPeriod({ year: 2026, month: 3 }, 'de')).toBe('März 2026');
    expect(formatPeriod({ year: 2026, month: 10 }, 'en')).toBe('Oct 2026');
  });
  it('reads the server’s period keys', () => {
    expect(formatPeriod('2026-Q3', 'de')).toBe('Q3 2026');
    expect(formatPeriod('2026-10', 'de')).toBe('Okt. 2026');
    expect(formatPeriod('2026', 'de')).toBe('2026');
    expect(formatPeriod('2026-01', 'en')).toBe('Jan 2026');
    expect(parsePeriod('2026-13')).toBeNull();
    expect(parsePeriod('2026-Q5')).toBeNull();
    expect(formatPeriod('Sommer', 'de')).toBe('Sommer');
  });
  it('never shows the raw key', () => {
    for (const k of ['2026-Q1', '2026-Q4', '2026-01', '2026-12']) expect(formatPeriod(k, 'de')).not.toMatch(/\d{4}-/);
  });
});
