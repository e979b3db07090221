// Uploads a file to /api/import/{kind}. XMLHttpRequest, because fetch
// reports no upload progress.
import { CSRF_HEADER } from './client';

export type FigureKind = 'kpi-values' | 'budget-lines' | 'hsp-realisation';
export type OnboardingKind = 'org-units' | 'people' | 'products' | 'strategic-goals' | 'goals' | 'kpis' | 'hsp-measures';
export type ImportKind = FigureKind | OnboardingKind;
export const importKinds: FigureKind[] = ['kpi-values', 'budget-lines', 'hsp-realisation'];
/** Master data of the onboarding import, in the order a city loads it. */
export const onboardingKinds: OnboardingKind[] = ['org-units', 'people', 'products', 'strategic-goals', 'goals', 'kpis', 'hsp-measures'];

export const isOnboarding = (k: ImportKind): k is OnboardingKind => (onboardingKinds as string[]).includes(k);

/** The kinds a viewer may load (the server decides; this keeps the choice honest). */
export function importKindsFor(me: { roles: readonly string[]; ledUnits: readonly unknown[]; viewerCanRecordFigures: boolean }): ImportKind[] {
  const admin = me.roles.includes('ADMIN');
  const out: ImportKind[] = me.viewerCanRecordFigures || me.ledUnits.length > 0 || admin ? [...importKinds] : [];
  for (const k of onboardingKinds) {
    if (admin || ((k === 'kpis' || k === 'hsp-measures') && me.roles.includes('CONTROLLING')) || (k === 'goals' && me.ledUnits.length > 0)) out.push(k);
  }
  return out;
}

export const templateHref = (k: OnboardingKind, ext: 'csv' | 'xlsx') => `/api/import/${k}/template.${ext}`;

/** What the columns of an onboarding file hold (the template's header row names them). */
export const importColumns: Record<OnboardingKind, { de: string; en: string }[]> = {
  'org-units': [
    { de: 'Kürzel der Einheit (Schlüssel)', en: 'Unit code (key)' },
    { de: 'Name', en: 'Name' },
    { de: 'Art: VERWALTUNGSVORSTAND, DEZERNAT, FACHBEREICH, AMT, ABTEILUNG', en: 'Kind: VERWALTUNGSVORSTAND, DEZERNAT, FACHBEREICH, AMT, ABTEILUNG' },
    { de: 'Kürzel der übergeordneten Einheit', en: 'Parent unit code' },
    { de: 'Gültig ab / bis (JJJJ-MM-TT)', en: 'Valid from / to (YYYY-MM-DD)' },
    { de: 'E-Mail der Leitung', en: 'Leader e-mail' },
  ],
  people: [
    { de: 'Name', en: 'Name' },
    { de: 'E-Mail (Schlüssel)', en: 'E-mail (key)' },
    { de: 'Funktion', en: 'Position' },
    { de: 'Beschäftigung: TARIF, BEAMTE, NONE', en: 'Employment: TARIF, BEAMTE, NONE' },
    { de: 'Teilzeitfaktor (über 0 bis 1)', en: 'Part-time factor (above 0 up to 1)' },
  ],
  products: [
    { de: 'Produktbereich, Produktgruppe', en: 'Product area, product group' },
    { de: 'Produktnummer (Schlüssel)', en: 'Product number (key)' },
    { de: 'Name', en: 'Name' },
    { de: 'Kürzel der verantwortlichen Einheit', en: 'Owning unit code' },
  ],
  'strategic-goals': [
    { de: 'Nummer (Schlüssel)', en: 'Number (key)' },
    { de: 'Titel', en: 'Title' },
    { de: 'Beschreibung', en: 'Description' },
  ],
  goals: [
    { de: 'Kürzel der Einheit', en: 'Unit code' },
    { de: 'Ebene: DEZERNAT, FACHBEREICH, AMT, ABTEILUNG, PRODUCT', en: 'Level: DEZERNAT, FACHBEREICH, AMT, ABTEILUNG, PRODUCT' },
    { de: 'Titel', en: 'Title' },
    { de: 'Übergeordnetes Ziel oder Nummer des strategischen Ziels', en: 'Parent goal or strategic goal number' },
    { de: 'Von Jahr, bis Jahr', en: 'From year, to year' },
    { de: 'Produktnummer (bei Produktzielen)', en: 'Product number (for product goals)' },
  ],
  kpis: [
    { de: 'Kennzahl-Nummer oder Code (Schlüssel)', en: 'KPI number or code (key)' },
    { de: 'Name, Einheit', en: 'Name, unit' },
    { de: 'Richtung: HIGHER_IS_BETTER, LOWER_IS_BETTER', en: 'Direction: HIGHER_IS_BETTER, LOWER_IS_BETTER' },
    { de: 'Art: INPUT, OUTPUT, OUTCOME, EFFICIENCY, QUALITY', en: 'Kind: INPUT, OUTPUT, OUTCOME, EFFICIENCY, QUALITY' },
    { de: 'Erfassung: YEARLY, QUARTERLY, MONTHLY', en: 'Frequency: YEARLY, QUARTERLY, MONTHLY' },
    { de: 'Schwellen Grün und Gelb', en: 'Green and yellow thresholds' },
    { de: 'Produktnummer, Ziel', en: 'Product number, goal' },
  ],
  'hsp-measures': [
    { de: 'programm: Name des Programms (wird angelegt, wenn neu)', en: 'programm: programme name (created when new)' },
    { de: 'programmart: HSP, HSK', en: 'programmart: HSP, HSK' },
    { de: 'massnahme: Nummer der Maßnahme (Schlüssel)', en: 'massnahme: measure number (key)' },
    { de: 'titel, beschreibung', en: 'titel, beschreibung: title, description' },
    { de: 'einheit: Kürzel der verantwortlichen Einheit', en: 'einheit: owning unit code' },
    { de: 'status: PLANNED, IN_PROGRESS, REALISED, AT_RISK, DROPPED', en: 'status: PLANNED, IN_PROGRESS, REALISED, AT_RISK, DROPPED' },
    { de: 'einsparung_2026, einsparung_2027, …: geplante Einsparung je Jahr in Euro', en: 'einsparung_2026, einsparung_2027, …: planned saving per year in euros' },
  ],
};

export interface ImportRowError {
  row: number;
  column: string;
  reasonDe: string;
  reasonEn: string;
}

export interface ImportResult {
  applied: boolean;
  rows: number;
  errors: ImportRowError[];
}

export type ImportOutcome =
  | { kind: 'result'; result: ImportResult }
  | { kind: 'http'; status: number; code?: string; message?: string };

/** Reads the server's answer; anything that is not the documented shape is an HTTP failure. */
export function parseImportResponse(status: number, body: string): ImportOutcome {
  let json: unknown = null;
  try {
    json = JSON.parse(body);
  } catch {
    /* not JSON */
  }
  const o = json as Partial<ImportResult> & { errors?: unknown; extensions?: unknown } | null;
  if (o && typeof o === 'object' && typeof o.applied === 'boolean' && typeof o.rows === 'number') {
    const errors = Array.isArray(o.errors)
      ? (o.errors as Partial<ImportRowError>[]).map((e) => ({
          row: Number(e.row ?? 0),
          column: String(e.column ?? ''),
          reasonDe: String(e.reasonDe ?? e.reasonEn ?? ''),
          reasonEn: String(e.reasonEn ?? e.reasonDe ?? ''),
        }))
      : [];
    return { kind: 'result', result: { applied: o.applied, rows: o.rows, errors } };
  }
  // The GraphQL-shaped error answer of the identity middleware.
  const gql = (json as { errors?: { message?: string; extensions?: { code?: string } }[] } | null)?.errors?.[0];
  return { kind: 'http', status, code: gql?.extensions?.code, message: gql?.message };
}

export function uploadImport(
  kind: ImportKind,
  file: File,
  dryRun: boolean,
  onProgress: (fraction: number | null) => void,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/import/${kind}?dryRun=${dryRun ? 'true' : 'false'}`);
    xhr.withCredentials = false; // same origin: cookies go anyway
    xhr.setRequestHeader(CSRF_HEADER, '1');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? e.loaded / e.total : null);
    xhr.upload.onload = () => onProgress(null); // uploaded; the server is checking
    xhr.onload = () => resolve(parseImportResponse(xhr.status, xhr.responseText));
    xhr.onerror = () => resolve({ kind: 'http', status: 0 });
    xhr.onabort = () => resolve({ kind: 'http', status: 0, message: 'aborted' });
    signal?.addEventListener('abort', () => xhr.abort());
    const fd = new FormData();
    fd.append('file', file, file.name);
    xhr.send(fd);
  });
}
