import { describe, expect, it } from 'vitest';
import { agreementUnitFrom, agreementUnitParam } from './agreementFilter';

describe('the agreement list’s unit filter', () => {
  it('defaults to a leader’s own area, and to all for others', () => {
    expect(agreementUnitFrom(new URLSearchParams(''), 'u1')).toBe('u1');
    expect(agreementUnitFrom(new URLSearchParams(''), null)).toBeNull();
  });
  it('reads a chosen unit and "alle"', () => {
    expect(agreementUnitFrom(new URLSearchParams('bereich=u2'), 'u1')).toBe('u2');
    expect(agreementUnitFrom(new URLSearchParams('bereich=alle'), 'u1')).toBeNull();
  });
  it('writes only what differs from the default, and reads back what it wrote', () => {
    expect(agreementUnitParam('u1', 'u1')).toBeNull();
    expect(agreementUnitParam(null, 'u1')).toBe('alle');
    expect(agreementUnitParam(null, null)).toBeNull();
    for (const [unit, mine] of [['u2', 'u1'], [null, 'u1'], ['u1', 'u1'], ['u3', null]] as const) {
      const p = agreementUnitParam(unit, mine);
      expect(agreementUnitFrom(new URLSearchParams(p === null ? '' : `bereich=${p}`), mine)).toBe(unit);
    }
  });
});
