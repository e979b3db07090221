// What each step on an agreement says once it has succeeded.
import type { MessageKey } from './messages';

export type ActionKind = 'propose' | 'accept' | 'return' | 'change' | 'review' | 'self' | 'assess' | 'close';

/** The success message of a step; signing says whether the agreement is now concluded (status after the step). */
export function doneMessage(kind: ActionKind, statusAfter: string | null): MessageKey {
  if (kind === 'accept' && statusAfter === 'AGREED') return 'done.acceptAgreed';
  return `done.${kind}`;
}
