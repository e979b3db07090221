import { describe, expect, it } from 'vitest';
import { csvCell, payResultsCsv, type CsvLabels } from './payResults';
import { translate } from './i18n';

const labels = (lang: 'de' | 'en'): CsvLabels => ({
  year: translate(lang, 'app.year'),
  name: translate(lang, 'payResults.person'),
  position: translate(lang, 'payResults.position'),
  unit: translate(lang, 'agreement.unit'),
  payRule: translate(lang, 'agreement.payRule'),
  totalDegree: `${translate(lang, 'agreement.totalDegree')} (%)`,
  points: translate(lang, 'payResults.points'),
  rule: (r) => translate(lang, `pay.${r}`),
});

const rows = [
  { year: 2026, payRule: 'TVOED_LOB' as const, totalDegree: 88.30000000000001, points: 2, person: { name: 'Petra Wiesmann', position: 'Amtsleiterin, Sozialamt' }, agreement: { orgUnit: { name: 'Sozialamt' } } },
  { year: 2026, payRule: 'BEAMTE_LBESG' as const, totalDegree: 108.75, points: 3, person: { name: '=HYPERLINK("x")', position: 'Stadtbaurat; Dezernent' }, agreement: { orgUnit: { name: 'Dezernat V' } } },
];

describe('pay results CSV', () => {
  it('writes German CSV: semicolons, decimal comma, German labels, BOM, CRLF', () => {
    const csv = payResultsCsv(rows, 'de', labels('de'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Haushaltsjahr;Person;Funktion;Organisationseinheit;Entgeltregel;Gesamtzielerreichung (%);Punkte');
    expect(lines[1]).toBe('2026;Petra Wiesmann;Amtsleiterin, Sozialamt;Sozialamt;TVöD § 18 (LOB);88,3;2');
    expect(lines[2]).toBe(`2026;"'=HYPERLINK(""x"")";"Stadtbaurat; Dezernent";Dezernat V;Beamte (LBesG);108,75;3`);
    expect(lines[3]).toBe('');
  });
  it('writes English CSV with commas and a decimal point', () => {
    const lines = payResultsCsv(rows.slice(0, 1), 'en', labels('en')).slice(1).split('\r\n');
    expect(lines[1]).toBe('2026,Petra Wiesmann,"Amtsleiterin, Sozialamt",Sozialamt,TVöD § 18 (performance pay),88.3,2');
  });
  it('neutralises formulas and quotes separators', () => {
    expect(csvCell('+49 2381', ';')).toBe("'+49 2381");
    expect(csvCell('-5', ';')).toBe("'-5");
    expect(csvCell('@SUM(A1)', ';')).toBe("'@SUM(A1)");
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a "b"', ',')).toBe('"a ""b"""');
    expect(csvCell('plain', ';')).toBe('plain');
  });
});
