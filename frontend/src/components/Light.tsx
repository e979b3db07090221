import { useI18n } from '../lib/i18n';
import { formatDegree } from '../lib/format';

export type TrafficLight = 'GREEN' | 'YELLOW' | 'RED' | 'NONE';

const symbol: Record<TrafficLight, string> = { GREEN: '✓', YELLOW: '!', RED: '✕', NONE: '–' };

/** A traffic light that never relies on colour alone: a symbol and a word go with it. */
export function Light({ light, degree, compact = false }: { light: TrafficLight; degree?: number | null; compact?: boolean }) {
  const { t, lang } = useI18n();
  const text = t(`light.${light}` as const);
  return (
    <span className={`zw-light zw-light--${light.toLowerCase()}`} title={`${t('light.label')}: ${text}`}>
      <span className="zw-light__dot" aria-hidden="true">
        {symbol[light]}
      </span>
      <span className={compact ? 'kern-sr-only' : 'zw-light__text'}>{text}</span>
      {degree !== undefined && degree !== null ? <span className="zw-light__degree">{formatDegree(degree, lang)}</span> : null}
    </span>
  );
}
