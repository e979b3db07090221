import { useState } from 'react';
import { useI18n } from '../lib/i18n';
import { Field } from './Field';

/**
 * Chooses a person: the server has no list of people, so the choice is
 * among the people the page knows (the units' leaders) or an ID typed in.
 */
export function PersonPicker({
  label,
  people,
  value,
  onChange,
  errors,
  allowNone = true,
  name,
  hint,
}: {
  label: string;
  people: readonly { id: string; name: string }[];
  value: string;
  onChange: (id: string) => void;
  errors?: string[];
  allowNone?: boolean;
  name?: string;
  /** What the list holds; by default the units' leaders. */
  hint?: string;
}) {
  const { t } = useI18n();
  const known = value === '' || people.some((p) => p.id === value);
  const [other, setOther] = useState(!known);
  return (
    <Field label={label} hint={hint ?? t('org.leaderHint')} errors={errors}>
      {({ id, describedBy, invalid }) => (
        <>
          <div className="kern-form-input__select-wrapper">
            <select
              id={id}
              name={name}
              className={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}`}
              value={other ? '__other' : value}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => {
                if (e.target.value === '__other') {
                  setOther(true);
                  onChange('');
                } else {
                  setOther(false);
                  onChange(e.target.value);
                }
              }}
            >
              {allowNone ? <option value="">{t('admin.none')}</option> : <option value="" disabled>{t('admin.none')}</option>}
              {people.map((p) => (
                <option key={p.id} value={p.id}>{p.name}</option>
              ))}
              <option value="__other">{t('person.openById')} …</option>
            </select>
          </div>
          {other ? (
            <>
              <label className="kern-label" htmlFor={`${id}-other`}>{t('person.id')}</label>
              <input id={`${id}-other`} className="kern-form-input__input" value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value.trim())} />
            </>
          ) : null}
        </>
      )}
    </Field>
  );
}
