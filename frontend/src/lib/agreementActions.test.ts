import { describe, expect, it } from 'vitest';
import { doneMessage } from './agreementActions';
import { translate } from './i18n';

describe('doneMessage', () => {
  it('names what each step did', () => {
    expect(translate('de', doneMessage('close', 'CLOSED'))).toBe('Zielvereinbarung abgeschlossen.');
    expect(translate('de', doneMessage('accept', 'PROPOSED'))).toMatch(/^Unterschrieben\. Es fehlt noch/);
    expect(translate('de', doneMessage('accept', 'AGREED'))).toMatch(/^Unterschrieben\. Beide Seiten/);
    expect(translate('de', doneMessage('return', 'DRAFT'))).toMatch(/^Zurückgegeben/);
    expect(translate('de', doneMessage('change', 'DRAFT'))).toMatch(/^Änderung beantragt/);
    expect(translate('de', doneMessage('assess', null))).toMatch(/^Bewertung gespeichert/);
    for (const k of ['propose', 'accept', 'return', 'change', 'review', 'self', 'assess', 'close'] as const) {
      expect(translate('de', doneMessage(k, null))).not.toBe('Gespeichert.');
    }
  });
});
