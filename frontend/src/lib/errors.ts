// Maps GraphQL and network errors to what the UI shows. The server puts a
// stable code in extensions.code plus German and English messages.
import type { CombinedError } from '@urql/core';
import type { Lang } from './format';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

export interface GqlErrorLike {
  message: string;
  path?: readonly (string | number)[] | null;
  extensions?: Record<string, unknown> | null;
}

export interface AppError {
  code: ErrorCode;
  key?: string;
  messageDe?: string;
  messageEn?: string;
  /** The field path of the first error, "agreement.items". */
  path?: string;
}

const known: ErrorCode[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'INTERNAL_SERVER_ERROR'];

export function codeOf(e: GqlErrorLike): ErrorCode {
  const c = e.extensions?.code;
  if (typeof c === 'string' && (known as string[]).includes(c)) return c as ErrorCode;
  // gqlgen's own validation errors carry GRAPHQL_VALIDATION_FAILED etc.
  return 'INTERNAL_SERVER_ERROR';
}

function pathOf(e: GqlErrorLike): string | undefined {
  return e.path && e.path.length > 0 ? e.path.join('.') : undefined;
}

/** Severity order: the first one found decides what a whole view shows. */
const priority: ErrorCode[] = ['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR'];

export function toAppErrors(errors: readonly GqlErrorLike[]): AppError[] {
  return errors.map((e) => ({
    code: codeOf(e),
    key: typeof e.extensions?.key === 'string' ? e.extensions.key : undefined,
    messageDe: typeof e.extensions?.messageDe === 'string' ? e.extensions.messageDe : undefined,
    messageEn: typeof e.extensions?.messageEn === 'string' ? e.extensions.messageEn : e.message,
    path: pathOf(e),
  }));
}

/** Reduces a urql error to the one AppError a view shows. */
export function classify(err: CombinedError | undefined | null): AppError | null {
  if (!err) return null;
  if (err.graphQLErrors.length > 0) {
    const list = toAppErrors(err.graphQLErrors);
    for (const p of priority) {
      const hit = list.find((e) => e.code === p);
      if (hit) return hit;
    }
    return list[0];
  }
  const status = (err.response as { status?: number } | undefined)?.status;
  if (status === 401) return { code: 'UNAUTHENTICATED' };
  if (status === 403) return { code: 'FORBIDDEN' };
  return { code: 'NETWORK', messageEn: err.networkError?.message };
}

/**
 * Agreement fields the viewer may not read come back null with a FORBIDDEN
 * error at their path. When every error is such a field-level FORBIDDEN and
 * data is there, the view is fine: those fields are "not visible to you".
 */
export function isOnlyFieldForbidden(err: CombinedError | undefined | null, hasData: boolean): boolean {
  if (!err || !hasData || err.networkError) return false;
  return err.graphQLErrors.length > 0 && err.graphQLErrors.every((e) => codeOf(e) === 'FORBIDDEN' && (e.path?.length ?? 0) > 1);
}

/** The paths ("agreement.items") that came back FORBIDDEN. */
export function forbiddenPaths(err: CombinedError | undefined | null): Set<string> {
  const out = new Set<string>();
  for (const e of err?.graphQLErrors ?? []) {
    if (codeOf(e) === 'FORBIDDEN' && e.path) out.add(e.path.join('.'));
  }
  return out;
}

/** The error that should replace a whole view, ignoring field-level FORBIDDEN. */
export function viewError(err: CombinedError | undefined | null, hasData: boolean): AppError | null {
  if (!err) return null;
  if (isOnlyFieldForbidden(err, hasData)) return null;
  if (hasData && !err.networkError) {
    // Keep partial data visible unless something worse than a hidden field happened.
    const serious = err.graphQLErrors.filter((e) => !(codeOf(e) === 'FORBIDDEN' && (e.path?.length ?? 0) > 1));
    if (serious.length === 0) return null;
    return classify({ ...err, graphQLErrors: serious } as CombinedError);
  }
  return classify(err);
}

const fallback: Record<ErrorCode, { de: string; en: string }> = {
  UNAUTHENTICATED: { de: 'Bitte melden Sie sich an.', en: 'Please sign in.' },
  FORBIDDEN: { de: 'Dafür fehlt Ihnen die Berechtigung.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { de: 'Nicht gefunden.', en: 'Not found.' },
  BAD_USER_INPUT: { de: 'Die Eingabe ist ungültig.', en: 'The input is invalid.' },
  CONFLICT: {
    de: 'Der Datensatz wurde inzwischen geändert. Bitte laden Sie ihn neu.',
    en: 'This was changed meanwhile. Please reload.',
  },
  INTERNAL_SERVER_ERROR: {
    de: 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
    en: 'An internal error occurred. Please try again later.',
  },
  NETWORK: {
    de: 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.',
    en: 'The server cannot be reached. Please check the connection.',
  },
};

/** The message to show, in the UI language, with the server's text where it sent one. */
export function errorMessage(e: AppError, lang: Lang): string {
  if (e.code === 'CONFLICT' || e.code === 'NETWORK' || e.code === 'INTERNAL_SERVER_ERROR') {
    // Our own wording tells the user what to do next.
    return fallback[e.code][lang];
  }
  const server = lang === 'de' ? e.messageDe : e.messageEn;
  return server || fallback[e.code][lang];
}

export interface UserErrorLike {
  field: readonly string[] | null;
  message: string;
  messageEn: string;
  code: string;
  key: string;
}

/**
 * userErrors of a mutation payload by field: ["input","items","2","weightPercent"]
 * → "items.2.weightPercent"; errors without a field go under "".
 */
export function userErrorsByField(errors: readonly UserErrorLike[] | null | undefined, lang: Lang): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of errors ?? []) {
    const f = (e.field ?? []).filter((p, i) => !(i === 0 && p === 'input')).join('.');
    (out[f] ??= []).push(lang === 'de' ? e.message : e.messageEn || e.message);
  }
  return out;
}
