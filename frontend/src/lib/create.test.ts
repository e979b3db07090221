import { describe, expect, it } from 'vitest';
import { agreementYears, copyYears, createFieldErrors, creatableUnits, defaultCopyYear, defaultNewYear } from './create';

const me = 'p-me';
const led = [
  {
    id: 'dez2',
    name: 'Dezernat II',
    children: [
      { id: 'a50', name: 'Sozialamt', leader: { id: 'p50', name: 'Petra Wiesmann', position: 'Amtsleiterin' } },
      { id: 'a51', name: 'Jugendamt', leader: { id: 'p51', name: 'Sabine Kettler', position: 'Amtsleiterin' } },
      { id: 'a52', name: 'Gesundheitsamt', leader: null },
      { id: 'a53', name: 'Stabsstelle', leader: { id: me, name: 'Ich selbst' } },
    ],
  },
];

describe('units a principal may create agreements for', () => {
  it('offers the units directly below the led ones, with their leader as agent', () => {
    const { options, withoutLeader } = creatableUnits(led, me);
    expect(options.map((o) => [o.unit.name, o.leader.name, o.parentName])).toEqual([
      ['Sozialamt', 'Petra Wiesmann', 'Dezernat II'],
      ['Jugendamt', 'Sabine Kettler', 'Dezernat II'],
    ]);
    expect(withoutLeader.map((u) => u.name)).toEqual(['Gesundheitsamt']);
  });
  it('leaves out units the viewer leads (no agreement with oneself) and counts shared children once', () => {
    const twice = [...led, { id: 'a50', name: 'Sozialamt', children: [{ id: 'a51', name: 'Jugendamt', leader: { id: 'p51', name: 'Sabine Kettler' } }] }];
    const { options } = creatableUnits(twice, me);
    expect(options.map((o) => o.unit.id)).toEqual(['a51']);
  });
  it('marks units that already have an agreement with that leader in the year', () => {
    const existing = [
      { id: 'ag1', orgUnit: { id: 'a51' }, agent: { id: 'p51' } },
      { id: 'ag2', orgUnit: { id: 'a50' }, agent: { id: 'someone-before' } },
    ];
    const { options } = creatableUnits(led, me, existing);
    expect(options.map((o) => [o.unit.id, o.existingId])).toEqual([
      ['a50', null],
      ['a51', 'ag1'],
    ]);
  });
  it('offers nothing without led units', () => {
    expect(creatableUnits([], me)).toEqual({ options: [], withoutLeader: [] });
  });
});

describe('year options', () => {
  it('are the fiscal years plus the next one, ascending and unique', () => {
    expect(agreementYears([2027, 2022, 2026, 2026])).toEqual([2022, 2026, 2027, 2028]);
    expect(agreementYears([])).toEqual([]);
  });
  it('start a new agreement in the year looked at, else the latest', () => {
    expect(defaultNewYear([2026, 2027, 2028], 2027)).toBe(2027);
    expect(defaultNewYear([2026, 2027, 2028], 2030)).toBe(2028);
    expect(defaultNewYear([], 2026)).toBeNull();
  });
  it('copy into any other possible year, the following one first', () => {
    expect(copyYears([2025, 2026, 2027], 2026)).toEqual([2025, 2027, 2028]);
    expect(defaultCopyYear([2025, 2027, 2028], 2026)).toBe(2027);
    expect(defaultCopyYear([2025, 2026, 2027], 2028)).toBe(2027);
    expect(defaultCopyYear([2022, 2029], 2026)).toBe(2029);
    expect(defaultCopyYear([], 2026)).toBeNull();
  });
});

describe('create form errors', () => {
  it('puts userErrors at the unit, year and pay rule fields', () => {
    expect(
      createFieldErrors({ year: ['Für 2027 gibt es diese Vereinbarung bereits.'], agentId: ['Zielnehmer ist die Leitung der Einheit.'], orgUnitId: ['Die Organisationseinheit gibt es nicht.'], '': ['Allgemein'], payRule: ['x'] }),
    ).toEqual({
      year: ['Für 2027 gibt es diese Vereinbarung bereits.'],
      unit: ['Zielnehmer ist die Leitung der Einheit.', 'Die Organisationseinheit gibt es nicht.'],
      form: ['Allgemein'],
      payRule: ['x'],
    });
  });
});
