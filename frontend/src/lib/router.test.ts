import { describe, expect, it } from 'vitest';
import { isPlainClick, loginHref, matchRoute, paths } from './router';

describe('routes', () => {
  it('matches the views', () => {
    expect(matchRoute('/').name).toBe('start');
    expect(matchRoute('/strategie').name).toBe('strategy');
    expect(matchRoute('/vereinbarungen/QWdy%3D').params.id).toBe('QWdy=');
    expect(matchRoute('/vereinbarungen/abc/bearbeiten')).toMatchObject({ name: 'agreementEdit', params: { id: 'abc' } });
    expect(matchRoute('/kennzahlen/k1').name).toBe('kpi');
    expect(matchRoute('/haushalt').name).toBe('budget');
    expect(matchRoute('/import').name).toBe('import');
    expect(matchRoute('/vereinbarungen/neu').name).toBe('agreementNew');
    expect(matchRoute(paths.agreementNew()).name).toBe('agreementNew');
    expect(matchRoute('/leistungsentgelt').name).toBe('payResults');
    expect(matchRoute(paths.payResults()).name).toBe('payResults');
    expect(matchRoute('/leistungsentgelt/entgeltschema').name).toBe('payScheme');
    expect(matchRoute(paths.paySimulation()).name).toBe('paySimulation');
    expect(matchRoute(paths.payObjections()).name).toBe('payObjections');
    expect(matchRoute(paths.payExport()).name).toBe('payExport');
    expect(matchRoute(paths.payFairness()).name).toBe('payFairness');
    expect(matchRoute('/nope').name).toBe('notFound');
  });
  it('round-trips ids through paths', () => {
    const id = 'QWdyZWVtZW50OjQ5';
    expect(matchRoute(paths.agreement(id)).params.id).toBe(id);
  });
  it('builds a same-site sign-in URL', () => {
    expect(loginHref('/vereinbarungen/x?a=1')).toBe('/auth/login?return=%2Fvereinbarungen%2Fx%3Fa%3D1');
    expect(loginHref('//evil.example')).toBe('/auth/login?return=%2F');
  });
  it('leaves modified clicks to the browser', () => {
    const base = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
    expect(isPlainClick(base)).toBe(true);
    expect(isPlainClick({ ...base, ctrlKey: true })).toBe(false);
    expect(isPlainClick({ ...base, button: 1 })).toBe(false);
  });
});
