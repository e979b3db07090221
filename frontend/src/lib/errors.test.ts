import { describe, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { classify, errorMessage, forbiddenPaths, isOnlyFieldForbidden, userErrorsByField, viewError } from './errors';

const gqlErr = (code: string, path?: (string | number)[], extra: Record<string, unknown> = {}) =>
  new GraphQLError('msg', { path, extensions: { code, ...extra } });

describe('error mapping', () => {
  it('classifies by extensions.code with priority', () => {
    const e = new CombinedError({ graphQLErrors: [gqlErr('FORBIDDEN', ['a', 'b']), gqlErr('NOT_FOUND', ['node'])] });
    expect(classify(e)?.code).toBe('NOT_FOUND');
    expect(classify(new CombinedError({ graphQLErrors: [gqlErr('UNAUTHENTICATED')] }))?.code).toBe('UNAUTHENTICATED');
  });
  it('maps a 401 network answer to UNAUTHENTICATED', () => {
    const e = new CombinedError({ networkError: new Error('x'), response: { status: 401 } });
    expect(classify(e)?.code).toBe('UNAUTHENTICATED');
  });
  it('maps other network failures to NETWORK', () => {
    expect(classify(new CombinedError({ networkError: new Error('offline') }))?.code).toBe('NETWORK');
  });
  it('treats field-level FORBIDDEN with data as not visible, not failure', () => {
    const e = new CombinedError({ graphQLErrors: [gqlErr('FORBIDDEN', ['node', 'items']), gqlErr('FORBIDDEN', ['node', 'payRule'])] });
    expect(isOnlyFieldForbidden(e, true)).toBe(true);
    expect(viewError(e, true)).toBeNull();
    expect(forbiddenPaths(e)).toEqual(new Set(['node.items', 'node.payRule']));
    // Without data the same error is a failure of the view.
    expect(viewError(e, false)?.code).toBe('FORBIDDEN');
  });
  it('keeps a serious error visible next to hidden fields', () => {
    const e = new CombinedError({ graphQLErrors: [gqlErr('FORBIDDEN', ['node', 'items']), gqlErr('INTERNAL_SERVER_ERROR', ['node', 'reviews'])] });
    expect(viewError(e, true)?.code).toBe('INTERNAL_SERVER_ERROR');
  });
  it('uses the server message in the UI language and our own for CONFLICT', () => {
    const e = classify(new CombinedError({ graphQLErrors: [gqlErr('FORBIDDEN', undefined, { messageDe: 'Nein.', messageEn: 'No.' })] }))!;
    expect(errorMessage(e, 'de')).toBe('Nein.');
    expect(errorMessage(e, 'en')).toBe('No.');
    expect(errorMessage({ code: 'CONFLICT' }, 'de')).toMatch(/inzwischen geändert/);
    expect(errorMessage({ code: 'CONFLICT' }, 'en')).toMatch(/reload/);
  });
  it('groups userErrors by input field', () => {
    const m = userErrorsByField(
      [
        { field: ['input', 'weightPercent'], message: 'Zu hoch', messageEn: 'Too high', code: 'BAD_USER_INPUT', key: 'k' },
        { field: null, message: 'Summe', messageEn: 'Sum', code: 'BAD_USER_INPUT', key: 'k2' },
        { field: ['input', 'items', '2', 'degree'], message: 'Grad', messageEn: 'Degree', code: 'BAD_USER_INPUT', key: 'k3' },
      ],
      'de',
    );
    expect(m).toEqual({ weightPercent: ['Zu hoch'], '': ['Summe'], 'items.2.degree': ['Grad'] });
  });
});
