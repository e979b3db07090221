// Uploads a file to /api/import/{kind}. XMLHttpRequest, because fetch
// reports no upload progress.
import { CSRF_HEADER } from './client';

export type ImportKind = 'kpi-values' | 'budget-lines' | 'hsp-realisation';
export const importKinds: ImportKind[] = ['kpi-values', 'budget-lines', 'hsp-realisation'];

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
