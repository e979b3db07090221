// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { GraphQLError } from 'graphql';
import { CombinedError } from '@urql/core';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { SessionContext, type Session } from '../session';
import AgreementCreate from './AgreementCreate';

afterEach(cleanup);

const ledUnits = [{ id: 'dez2', code: 'D-II', name: 'Dezernat II', kind: 'DEZERNAT' as const }];
const session: Session = {
  me: {
    person: { id: 'p7', name: 'Thomas Reinhardt', position: 'Dezernent' },
    roles: ['LEADERSHIP'],
    ledUnits,
    demo: true,
    viewerCanSeeStatusOverview: true,
    viewerCanReviewDezernatAgreements: false,
    viewerCanRecordFigures: false,
    viewerCanSeePayResults: false,
    viewerCanAdminister: false,
  },
  years: [2025, 2026, 2027],
  year: 2026,
  setYear: () => {},
};

const options = {
  me: {
    person: { id: 'p7' },
    ledUnits: [
      {
        id: 'dez2',
        name: 'Dezernat II',
        children: [
          { id: 'u20', code: 'A-50', name: 'Sozialamt', kind: 'AMT', leader: { id: 'p18', name: 'Petra Wiesmann', position: 'Amtsleiterin, Sozialamt' } },
          { id: 'u21', code: 'A-51', name: 'Jugendamt', kind: 'AMT', leader: { id: 'p19', name: 'Sabine Kettler', position: 'Amtsleiterin, Jugendamt' } },
        ],
      },
    ],
  },
};

const opName = (q: DocumentNode) => (q.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode).name?.value;

function mockClient(mutationResult: () => object) {
  const executeMutation = vi.fn(() => fromValue(mutationResult()));
  const client = {
    executeQuery: vi.fn((op: { query: DocumentNode; variables: { year?: number } }) => {
      const name = opName(op.query);
      if (name === 'AgreementCreateOptions') return fromValue({ operation: op, data: options, stale: false, hasNext: false });
      if (name === 'PrincipalAgreementsOfYear') {
        const nodes = op.variables.year === 2026 ? [{ id: 'ag14', orgUnit: { id: 'u21' }, agent: { id: 'p19' } }] : [];
        return fromValue({ operation: op, data: { agreements: { nodes } }, stale: false, hasNext: false });
      }
      return never;
    }),
    executeMutation,
    executeSubscription: vi.fn(() => never),
  } as unknown as Client;
  return { client, executeMutation };
}

function renderCreate(mutationResult: () => object) {
  const m = mockClient(mutationResult);
  render(
    <Provider value={m.client}>
      <SessionContext.Provider value={session}>
        <AgreementCreate />
      </SessionContext.Provider>
    </Provider>,
  );
  return m;
}

const describedText = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('creating an agreement', () => {
  it('offers the units below with their leaders as agents, and the fiscal years plus the next', async () => {
    renderCreate(() => ({}));
    const soz = await screen.findByLabelText('Sozialamt');
    expect(describedText(soz)).toContain('Zielnehmer/in: Petra Wiesmann');
    await waitFor(() => expect(describedText(screen.getByLabelText('Jugendamt'))).toContain('Für 2026 besteht bereits eine Vereinbarung.'));
    const year = screen.getByLabelText('Haushaltsjahr') as HTMLSelectElement;
    expect([...year.options].map((o) => o.value)).toEqual(['2025', '2026', '2027', '2028']);
    expect(year.value).toBe('2026');
    expect(screen.getByLabelText('TVöD § 18 (LOB)')).toBeTruthy();
    expect(screen.getByLabelText('Beamte (LBesG)')).toBeTruthy();
    expect(screen.getByLabelText('keine (nicht entgeltrelevant)')).toBeTruthy();
  });

  it('checks the choices before sending', async () => {
    const { executeMutation } = renderCreate(() => ({}));
    fireEvent.click(await screen.findByRole('button', { name: 'Entwurf anlegen' }));
    expect(await screen.findByText('Bitte eine Organisationseinheit wählen.')).toBeTruthy();
    expect(screen.getByText('Bitte eine Entgeltregel wählen.')).toBeTruthy();
    expect(screen.getByLabelText('Sozialamt').getAttribute('aria-invalid')).toBe('true');
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('shows userErrors at the field they name', async () => {
    const { executeMutation } = renderCreate(() => ({
      data: {
        agreementCreate: {
          agreement: null,
          userErrors: [{ field: ['input', 'year'], message: 'Für 2026 gibt es diese Vereinbarung bereits.', messageEn: 'exists', code: 'BAD_USER_INPUT', key: 'agreement.exists' }],
        },
      },
    }));
    fireEvent.click(await screen.findByLabelText('Jugendamt'));
    fireEvent.click(screen.getByLabelText('TVöD § 18 (LOB)'));
    fireEvent.click(screen.getByRole('button', { name: 'Entwurf anlegen' }));
    await screen.findByText('Für 2026 gibt es diese Vereinbarung bereits.');
    expect(executeMutation).toHaveBeenCalledTimes(1);
    const op = (executeMutation.mock.calls[0] as unknown as [{ variables: unknown }])[0];
    expect(op.variables).toEqual({ input: { agentId: 'p19', orgUnitId: 'u21', year: 2026, payRule: 'TVOED_LOB' } });
    const year = screen.getByLabelText('Haushaltsjahr');
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(year)).toContain('Für 2026 gibt es diese Vereinbarung bereits.');
  });

  it('explains FORBIDDEN clearly', async () => {
    renderCreate(() => ({
      error: new CombinedError({
        graphQLErrors: [
          new GraphQLError('You conclude agreements with the leaders of the units directly below yours.', {
            path: ['agreementCreate'],
            extensions: { code: 'FORBIDDEN', messageDe: 'Zielvereinbarungen schließen Sie mit den Leitungen der Einheiten direkt unter Ihrer.' },
          }),
        ],
      }),
    }));
    fireEvent.click(await screen.findByLabelText('Sozialamt'));
    fireEvent.click(screen.getByLabelText('keine (nicht entgeltrelevant)'));
    fireEvent.click(screen.getByRole('button', { name: 'Entwurf anlegen' }));
    expect(await screen.findByText('Keine Berechtigung')).toBeTruthy();
    expect(screen.getByTestId('create-error').textContent).toBe('Zielvereinbarungen schließen Sie mit den Leitungen der Einheiten direkt unter Ihrer.');
  });

  it('opens the editor of the new draft', async () => {
    renderCreate(() => ({ data: { agreementCreate: { agreement: { id: 'QWdyZWVtZW50Ojg4', year: 2027, status: 'DRAFT' }, userErrors: [] } } }));
    fireEvent.click(await screen.findByLabelText('Sozialamt'));
    fireEvent.change(screen.getByLabelText('Haushaltsjahr'), { target: { value: '2027' } });
    fireEvent.click(screen.getByLabelText('Beamte (LBesG)'));
    fireEvent.click(screen.getByRole('button', { name: 'Entwurf anlegen' }));
    await waitFor(() => expect(window.location.pathname).toBe('/vereinbarungen/QWdyZWVtZW50Ojg4/bearbeiten'));
  });
});
