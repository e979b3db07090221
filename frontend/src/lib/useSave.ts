// Runs a master-data mutation: the outcome (userErrors by field, or an
// error of the whole request), and the focus on the first invalid field.
import { useState } from 'react';
import type { AnyVariables, OperationResult } from 'urql';
import { useI18n } from './i18n';
import { outcomeOf } from './mutation';
import type { AppError } from './errors';
import { focusFirstInvalid } from '../components/FormAlert';

export function useSave() {
  const { lang } = useI18n();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async <D,>(call: () => Promise<OperationResult<D, AnyVariables>>, key: string, form: HTMLElement | null): Promise<D | null> => {
    setBusy(true);
    const r = await call();
    setBusy(false);
    const o = outcomeOf(r, key, lang);
    setFieldErrors(o.fieldErrors);
    setError(o.error);
    if (o.ok && r.data) return r.data;
    focusFirstInvalid(form);
    return null;
  };
  const reset = () => {
    setFieldErrors({});
    setError(null);
  };
  return { fieldErrors, error, busy, run, reset, setFieldErrors };
}
