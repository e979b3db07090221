import { useId, type ReactNode } from 'react';

/** A KERN form field: label, optional hint, error message tied to the control. */
export function Field({
  label,
  hint,
  errors,
  children,
  className,
}: {
  label: string;
  hint?: string;
  errors?: string[];
  className?: string;
  children: (ids: { id: string; describedBy?: string; invalid: boolean }) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errId = errors && errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`kern-form-input${errId ? ' kern-form-input--error' : ''}${className ? ' ' + className : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {children({ id, describedBy, invalid: !!errId })}
      {errId ? (
        <p className="kern-error" id={errId} role="alert">
          <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
          <span className="kern-body">{errors!.join(' ')}</span>
        </p>
      ) : null}
    </div>
  );
}
