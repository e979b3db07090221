// One shape for every mutation outcome: done, userErrors at fields, or an
// error for the whole form (CONFLICT → reload, FORBIDDEN, …).
import type { CombinedError } from '@urql/core';
import { classify, userErrorsByField, type AppError, type UserErrorLike } from './errors';
import type { Lang } from './format';

export interface Outcome {
  ok: boolean;
  fieldErrors: Record<string, string[]>;
  error: AppError | null;
}

export function outcomeOf(
  result: { error?: CombinedError; data?: unknown },
  payloadKey: string,
  lang: Lang,
): Outcome {
  const payload = (result.data as Record<string, { userErrors?: UserErrorLike[] } | null> | undefined)?.[payloadKey];
  if (result.error && !payload) {
    return { ok: false, fieldErrors: {}, error: classify(result.error) };
  }
  const fieldErrors = userErrorsByField(payload?.userErrors, lang);
  const ok = !!payload && Object.keys(fieldErrors).length === 0;
  return { ok, fieldErrors, error: result.error && !ok ? classify(result.error) : null };
}
