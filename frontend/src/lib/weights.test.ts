import { describe, expect, it } from 'vitest';
import { checkWeights, isValidWeight, parseWeight, weightedDegree } from './weights';

describe('weight sum', () => {
  it('is ok at exactly 100', () => {
    const c = checkWeights([{ weightPercent: 30 }, { weightPercent: 70 }]);
    expect(c).toEqual({ sum: 100, state: 'ok', remaining: 0, invalid: [] });
  });
  it('says how much is missing', () => {
    const c = checkWeights([{ weightPercent: 30 }, { weightPercent: 50 }]);
    expect(c.state).toBe('under');
    expect(c.remaining).toBe(20);
  });
  it('says how much is too much', () => {
    const c = checkWeights([{ weightPercent: 60 }, { weightPercent: 50 }]);
    expect(c.state).toBe('over');
    expect(c.remaining).toBe(-10);
  });
  it('flags weights that are not whole numbers 1–100', () => {
    const c = checkWeights([{ weightPercent: 0 }, { weightPercent: 50.5 }, { weightPercent: null }, { weightPercent: 50 }]);
    expect(c.state).toBe('invalid');
    expect(c.invalid).toEqual([0, 1, 2]);
    expect(c.sum).toBe(50);
  });
  it('is empty without items', () => {
    expect(checkWeights([]).state).toBe('empty');
  });
  it('parses typed weights', () => {
    expect(parseWeight('40')).toBe(40);
    expect(parseWeight(' 40 % ')).toBe(40);
    expect(parseWeight('4,5')).toBeNull();
    expect(parseWeight('')).toBeNull();
    expect(isValidWeight(101)).toBe(false);
  });
  it('computes the weighted total degree', () => {
    expect(weightedDegree([{ weightPercent: 30, degree: 100 }, { weightPercent: 70, degree: 80 }])).toBe(86);
    expect(weightedDegree([{ weightPercent: 30, degree: null }])).toBeNull();
  });
});
