import { useEffect, useRef, type ReactNode } from 'react';
import { Alert } from './States';

/**
 * What a step did, said specifically. It takes the focus when it appears,
 * since the form that was used usually closes with it.
 */
export function DoneNotice({ message, children }: { message: string | null; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <div ref={ref} tabIndex={-1} aria-live="polite" data-testid="admin-done" className="zw-done">
      {message ? <Alert kind="success" title={message} live /> : null}
      {children}
    </div>
  );
}
