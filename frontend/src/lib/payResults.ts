// HR's pay results: labels and a CSV file for the payroll.
import type { Lang } from './format';

export type PayRule = 'TVOED_LOB' | 'BEAMTE_LBESG' | 'NONE';

export interface PayResultRow {
  year: number;
  payRule: PayRule;
  /** Weighted total degree of achievement in percent (84.9 = 84,9 %). */
  totalDegree: number;
  points: number;
  person: { name: string; position: string };
  agreement: { orgUnit: { name: string } };
}

export interface CsvLabels {
  year: string;
  name: string;
  position: string;
  unit: string;
  payRule: string;
  totalDegree: string;
  points: string;
  rule: (r: PayRule) => string;
}

/**
 * A text cell as a spreadsheet reads it safely: quoted where needed, and a
 * leading =, +, -, @, tab or carriage return neutralised with an apostrophe
 * so that a name never turns into a formula.
 */
export function csvCell(value: string, sep: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  if (v.includes(sep) || /["\r\n]/.test(v)) v = `"${v.replace(/"/g, '""')}"`;
  return v;
}

/**
 * The pay results as CSV: German files use ";" and a decimal comma (what
 * Excel expects in Germany), English ones "," and a decimal point. UTF-8 with
 * a byte order mark, CRLF line ends (RFC 4180).
 */
export function payResultsCsv(rows: readonly PayResultRow[], lang: Lang, labels: CsvLabels): string {
  const sep = lang === 'de' ? ';' : ',';
  const nf = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 2, useGrouping: false });
  const num = (n: number) => nf.format(n);
  const lines = [
    [labels.year, labels.name, labels.position, labels.unit, labels.payRule, labels.totalDegree, labels.points].map((h) => csvCell(h, sep)).join(sep),
    ...rows.map((r) =>
      [
        String(r.year),
        csvCell(r.person.name, sep),
        csvCell(r.person.position, sep),
        csvCell(r.agreement.orgUnit.name, sep),
        csvCell(labels.rule(r.payRule), sep),
        csvCell(num(r.totalDegree), sep),
        String(r.points),
      ].join(sep),
    ),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Offers text as a file download (a Blob URL, revoked right after). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
