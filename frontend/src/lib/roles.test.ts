import { describe, expect, it } from 'vitest';
import { navScope, sortRoles, startKind } from './roles';

const unit = [{ id: 'u1' }];

describe('start page by role', () => {
  it('gives OB and OB office the Dezernate matrix', () => {
    expect(startKind({ roles: ['OB'], ledUnits: unit })).toBe('office');
    expect(startKind({ roles: ['OB_OFFICE'], ledUnits: [] })).toBe('office');
  });
  it('gives leadership the cascade', () => {
    expect(startKind({ roles: ['LEADERSHIP'], ledUnits: unit })).toBe('leadership');
  });
  it('makes a unit leader without roles a manager', () => {
    expect(startKind({ roles: [], ledUnits: unit })).toBe('manager');
    expect(startKind({ roles: ['HR'], ledUnits: unit })).toBe('manager');
  });
  it('sends controlling without a unit to the figures', () => {
    expect(startKind({ roles: ['CONTROLLING'], ledUnits: [] })).toBe('controlling');
  });
  it('gives HR without a unit the pay results', () => {
    expect(startKind({ roles: ['HR'], ledUnits: [] })).toBe('hr');
    expect(startKind({ roles: ['HR', 'ADMIN'], ledUnits: [] })).toBe('hr');
  });
  it('gives a commission member without a unit their cases', () => {
    expect(startKind({ roles: ['PAY_COMMISSION'], ledUnits: [] })).toBe('commission');
    expect(startKind({ roles: ['PAY_COMMISSION'], ledUnits: unit })).toBe('manager');
  });
  it('gives a commission member only the start page in the navigation', () => {
    expect(navScope({ roles: ['PAY_COMMISSION'], ledUnits: [] })).toBe('start');
    expect(navScope({ roles: ['PAY_COMMISSION', 'HR'], ledUnits: [] })).toBe('full');
    expect(navScope({ roles: [], ledUnits: [] })).toBe('full');
  });
  it('falls back to own agreements', () => {
    expect(startKind({ roles: ['ADMIN'], ledUnits: [] })).toBe('staff');
    expect(startKind({ roles: [], ledUnits: [] })).toBe('staff');
  });
  it('orders roles for the header', () => {
    expect(sortRoles(['ADMIN', 'OB', 'HR'])).toEqual(['OB', 'HR', 'ADMIN']);
  });
});
