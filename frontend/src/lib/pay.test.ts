import { describe, expect, it } from 'vitest';
import { centsInput, formToInput, nextBand, schemeToForm, shareOfPaySum, type SchemeForm } from './payScheme';
import { addsUpToPot, closeWaitsFor, payState, sortRows, sumCents } from './payout';

const demo = {
  potCents: 10_000_000,
  paySumCents: null,
  potShareBasisPoints: null,
  partTimeProRata: true,
  partialYearProRata: true,
  tvoedLob: true,
  beamte: false,
  agreementBy: '2026-03-31',
  reviewBy: '2026-07-31',
  assessmentBy: '2027-01-31',
  objectionDays: 14,
  bands: [
    { fromDegree: 0, points: 1 },
    { fromDegree: 80, points: 2 },
    { fromDegree: 95, points: 3 },
    { fromDegree: 105, points: 4 },
    { fromDegree: 120, points: 5 },
  ],
};

describe('pay scheme form', () => {
  it('shows a stored scheme in the language and reads it back unchanged', () => {
    const f = schemeToForm(demo, 'de');
    expect(f.potMode).toBe('amount');
    expect(f.pot).toBe('100.000,00');
    expect(f.bands.map((b) => `${b.fromDegree}→${b.points}`)).toEqual(['0→1', '80→2', '95→3', '105→4', '120→5']);
    const r = formToInput(f, 2026, 3);
    expect(r.ok && r.input).toEqual({ ...demo, year: 2026, expectedVersion: 3 });
    const en = schemeToForm(demo, 'en');
    expect(en.pot).toBe('100,000.00');
    expect(formToInput(en, 2026, 3).ok).toBe(true);
  });

  it('reads amounts as people type them', () => {
    const f = schemeToForm(demo, 'de');
    for (const [typed, cents] of [['95.000 €', 9_500_000], ['95000,5', 9_500_050], ['€ 1.234.567,89', 123_456_789]] as const) {
      const r = formToInput({ ...f, pot: typed }, 2026, 0);
      expect(r.ok && r.input.potCents).toBe(cents);
    }
  });

  it('sends a share of the pay sum in basis points, not the amount', () => {
    const f: SchemeForm = { ...schemeToForm(demo, 'de'), potMode: 'share', paySum: '4.000.000,00', share: '2,5 %' };
    const r = formToInput(f, 2026, 1);
    expect(r.ok && [r.input.potCents, r.input.paySumCents, r.input.potShareBasisPoints]).toEqual([null, 400_000_000, 250]);
    expect(shareOfPaySum(400_000_000, 250)).toBe(10_000_000);
    expect(shareOfPaySum(333, 3333)).toBe(111);
  });

  it('reads a stored share back as a percentage', () => {
    const f = schemeToForm({ ...demo, potCents: null, paySumCents: 400_000_000, potShareBasisPoints: 125 }, 'de');
    expect([f.potMode, f.paySum, f.share]).toEqual(['share', '4.000.000,00', '1,25']);
  });

  it('names the fields it cannot read, as the server does', () => {
    const f = schemeToForm(demo, 'de');
    f.pot = 'viel';
    f.bands[1].fromDegree = '80,5,5';
    f.bands[2].points = '2,5';
    f.objectionDays = 'zwei Wochen';
    const r = formToInput(f, 2026, 0);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual({ potCents: 'amount', 'bands.1.fromDegree': 'degree', 'bands.2.points': 'whole', objectionDays: 'whole' });
  });

  it('takes a half-percent degree band and empty deadlines', () => {
    const f = { ...schemeToForm(demo, 'de'), agreementBy: '' };
    f.bands[1].fromDegree = '80,5 %';
    const r = formToInput(f, 2026, 0);
    expect(r.ok && r.input.bands[1].fromDegree).toBe(80.5);
    expect(r.ok && r.input.agreementBy).toBeNull();
  });

  it('proposes the next band above the last one', () => {
    const f = schemeToForm(demo, 'de');
    expect(nextBand(f.bands, 'de')).toEqual({ key: 5, fromDegree: '130', points: '6' });
    expect(nextBand([], 'de')).toEqual({ key: 0, fromDegree: '0', points: '0' });
    expect(centsInput(null, 'de')).toBe('');
  });
});

const row = (name: string, unit: string, points: number, cents: number) => ({
  person: { name },
  agreement: { orgUnit: { name: unit } },
  points,
  weightedPoints: points,
  cents,
  state: 'INCLUDED',
  totalDegree: 100,
});

describe('payout', () => {
  const rows = [row('Özdemir, Ali', 'Amt 51', 3, 3000), row('Adler, Eva', 'Amt 32', 5, 5000), row('Ober, Max', 'Amt 10', 3, 2000)];

  it('orders by name with German collation, and by amount with ties by name', () => {
    expect(sortRows(rows, 'name', false, 'de').map((r) => r.person.name)).toEqual(['Adler, Eva', 'Ober, Max', 'Özdemir, Ali']);
    expect(sortRows(rows, 'cents', true, 'de').map((r) => r.cents)).toEqual([5000, 3000, 2000]);
    expect(sortRows(rows, 'points', false, 'de').map((r) => r.person.name)).toEqual(['Ober, Max', 'Özdemir, Ali', 'Adler, Eva']);
    expect(sortRows(rows, 'unit', false, 'de')[0].agreement.orgUnit.name).toBe('Amt 10');
  });

  it('sums cents exactly', () => {
    expect(sumCents(rows)).toBe(10_000);
    expect(addsUpToPot(rows, 10_000)).toBe(true);
    expect(addsUpToPot(rows, 9_999)).toBe(false);
  });
});

describe('after the assessment', () => {
  const base = { status: 'ASSESSED', acknowledgedAt: null, objectBy: '2026-12-15', objection: null };

  it('says where the agreement stands', () => {
    expect(payState(base, '2026-12-01')).toBe('periodRunning');
    expect(payState(base, '2026-12-15')).toBe('periodRunning');
    expect(payState(base, '2026-12-16')).toBe('periodOver');
    expect(payState({ ...base, acknowledgedAt: '2026-12-02T10:00:00Z' }, '2026-12-03')).toBe('acknowledged');
    expect(payState({ ...base, objection: { decision: null } }, '2026-12-20')).toBe('objectionOpen');
    expect(payState({ ...base, objection: { decision: 'KEPT' } }, '2026-12-20')).toBe('kept');
    expect(payState({ ...base, status: 'CLOSED', objection: { decision: 'CHANGED' } }, '2026-12-20')).toBe('changed');
    expect(payState({ ...base, status: 'REVIEWED' }, '2026-12-01')).toBe('none');
  });

  it('explains what closing waits for', () => {
    expect(closeWaitsFor(base, '2026-12-01')).toBe('acknowledgement');
    expect(closeWaitsFor(base, '2026-12-16')).toBeNull();
    expect(closeWaitsFor({ ...base, objection: { decision: null } }, '2026-12-01')).toBe('decision');
    expect(closeWaitsFor({ ...base, objection: { decision: 'KEPT' } }, '2026-12-01')).toBeNull();
    expect(closeWaitsFor({ ...base, acknowledgedAt: '2026-12-01T09:00:00Z' }, '2026-12-01')).toBeNull();
    expect(closeWaitsFor({ ...base, status: 'CLOSED' }, '2026-12-01')).toBeNull();
  });
});
