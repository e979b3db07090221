import { useId } from 'react';
import { useI18n } from '../lib/i18n';

export function YearSelect({ years, value, onChange }: { years: readonly number[]; value: number; onChange: (y: number) => void }) {
  const { t } = useI18n();
  const id = useId();
  const list = years.includes(value) ? years : [...years, value].sort();
  return (
    <div className="kern-form-input zw-year">
      <label className="kern-label" htmlFor={id}>
        {t('app.year')}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select className="kern-form-input__select" id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
          {list.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
