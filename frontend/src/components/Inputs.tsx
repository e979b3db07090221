import type { ReactNode } from 'react';
import { Field } from './Field';

/** A labelled KERN text input whose errors are tied to it (aria-describedby). */
export function TextField({
  label,
  value,
  onChange,
  errors,
  hint,
  type = 'text',
  name,
  required,
  inputMode,
  className,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors?: string[];
  hint?: string;
  type?: 'text' | 'date' | 'email' | 'number';
  name?: string;
  required?: boolean;
  inputMode?: 'decimal' | 'numeric';
  className?: string;
}) {
  return (
    <Field label={label} hint={hint} errors={errors} className={className}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type={type}
          inputMode={inputMode}
          className={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
          value={value}
          required={required}
          aria-required={required || undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function TextArea({ label, value, onChange, errors, hint, name }: { label: string; value: string; onChange: (v: string) => void; errors?: string[]; hint?: string; name?: string }) {
  return (
    <Field label={label} hint={hint} errors={errors}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          rows={3}
          className={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function SelectField({
  label,
  value,
  onChange,
  errors,
  hint,
  name,
  children,
  required,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors?: string[];
  hint?: string;
  name?: string;
  children: ReactNode;
  required?: boolean;
}) {
  return (
    <Field label={label} hint={hint} errors={errors}>
      {({ id, describedBy, invalid }) => (
        <div className="kern-form-input__select-wrapper">
          <select
            id={id}
            name={name}
            className={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}`}
            value={value}
            aria-required={required || undefined}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => onChange(e.target.value)}
          >
            {children}
          </select>
        </div>
      )}
    </Field>
  );
}
