// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { Light } from './Light';
import { StatusBadge } from './StatusBadge';
import { QueryState } from './States';
import { Field } from './Field';

afterEach(cleanup);

describe('components', () => {
  it('a traffic light carries a symbol and a word, not colour alone', () => {
    render(<Light light="RED" degree={0.8} />);
    expect(screen.getByText('verfehlt')).toBeTruthy();
    expect(screen.getByText('✕').getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText(/^80\s%$/)).toBeTruthy();
  });
  it('a compact light keeps the word for screen readers', () => {
    render(<Light light="GREEN" compact />);
    expect(screen.getByText('im Plan').className).toBe('kern-sr-only');
  });
  it('a status badge names the status', () => {
    render(<StatusBadge status="PROPOSED" />);
    expect(screen.getByText('Vorgeschlagen')).toBeTruthy();
  });
  it('QueryState shows the sign-in on UNAUTHENTICATED', () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('x', { extensions: { code: 'UNAUTHENTICATED' } })] });
    render(<QueryState fetching={false} error={error} data={undefined}>{() => <p>content</p>}</QueryState>);
    expect(screen.getByRole('link', { name: 'Anmelden' }).getAttribute('href')).toMatch(/^\/auth\/login\?return=/);
  });
  it('QueryState shows "not found or not permitted" for NOT_FOUND', () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('x', { path: ['node'], extensions: { code: 'NOT_FOUND' } })] });
    render(<QueryState fetching={false} error={error} data={undefined}>{() => <p>content</p>}</QueryState>);
    expect(screen.getByText('Nicht gefunden oder keine Berechtigung')).toBeTruthy();
  });
  it('a malformed id in the address says so and offers no retry', () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('Malformed ID.', { path: ['node'], extensions: { code: 'BAD_USER_INPUT', key: 'id.malformed' } })] });
    render(<QueryState fetching={false} error={error} data={undefined} retry={() => {}}>{() => <p>content</p>}</QueryState>);
    expect(screen.getByText('Diese Adresse ist ungültig')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Erneut versuchen' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Zur Startseite' }).getAttribute('href')).toBe('/');
  });
  it('QueryState renders data despite field-level FORBIDDEN', () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('x', { path: ['node', 'items'], extensions: { code: 'FORBIDDEN' } })] });
    render(<QueryState fetching={false} error={error} data={{ a: 1 }}>{() => <p>content</p>}</QueryState>);
    expect(screen.getByText('content')).toBeTruthy();
  });
  it('a field ties label, hint and error to its control', () => {
    render(<Field label="Gewicht" hint="1–100" errors={['Zu hoch']}>{({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} />}</Field>);
    const input = screen.getByLabelText('Gewicht');
    const ids = input.getAttribute('aria-describedby')!.split(' ');
    expect(ids.map((i) => document.getElementById(i)?.textContent)).toEqual(['1–100', 'Zu hoch']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
