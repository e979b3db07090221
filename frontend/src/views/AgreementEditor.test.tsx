// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { AgreementFieldsFragment } from '../gql/graphql';
import { SessionContext, type Session } from '../session';
import AgreementEditor from './AgreementEditor';

afterEach(cleanup);

const session = { me: { person: { id: 'p1' }, roles: [], ledUnits: [] }, years: [2026], year: 2026, setYear: () => {} } as unknown as Session;

const item = {
  id: 'i1', position: 1, title: 'Bearbeitungszeit senken', description: '', weightPercent: 50, targetValue: null, targetUnit: 'NONE',
  budgetCompliance: false, interimDegree: null, selfDegree: null, finalDegree: null, assessmentComment: '', interimComment: '', selfComment: '',
  goal: null, kpi: null, measure: null, budgetSuggestion: null,
};

const agreement = {
  id: 'ag1', year: 2026, status: 'DRAFT', version: 3, viewerAccess: 'CONTENT', viewerCanEdit: true,
  orgUnit: { id: 'u1', code: 'A-50', name: 'Sozialamt', kind: 'AMT' },
  items: [item, { ...item, id: 'i2', position: 2, title: 'Fallzahl', targetValue: 1200, kpi: { id: 'k1', name: 'Fälle', unit: 'Fälle' } }],
} as unknown as AgreementFieldsFragment;

const opName = (q: DocumentNode) => (q.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode).name?.value;

function renderEditor() {
  const client = {
    executeQuery: vi.fn((op: { query: DocumentNode }) =>
      opName(op.query) === 'Agreement' ? fromValue({ operation: op, data: { node: agreement }, stale: false, hasNext: false }) : never,
    ),
    executeMutation: vi.fn(() => never),
    executeSubscription: vi.fn(() => never),
  } as unknown as Client;
  render(
    <Provider value={client}>
      <SessionContext.Provider value={session}>
        <AgreementEditor id="ag1" />
      </SessionContext.Provider>
    </Provider>,
  );
  return client;
}

describe('the item unit in the editor', () => {
  it('is filled from the unit typed with the target and sent with the item', async () => {
    const client = renderEditor();
    const unit = (await screen.findByTestId('unit-1')) as HTMLSelectElement;
    expect(unit.value).toBe('NONE');
    fireEvent.change(screen.getByTestId('target-1'), { target: { value: '30 Tage' } });
    expect(unit.value).toBe('DAYS');
    fireEvent.click(screen.getByTestId('save-1'));
    await waitFor(() => expect(client.executeMutation).toHaveBeenCalled());
    const op = (client.executeMutation as ReturnType<typeof vi.fn>).mock.calls[0][0] as { variables: { input: { targetValue: number; targetUnit: string } } };
    expect(op.variables.input).toMatchObject({ targetValue: 30, targetUnit: 'DAYS' });
  });

  it('shows the linked KPI’s unit and cannot be changed there', async () => {
    renderEditor();
    const unit = (await screen.findByTestId('unit-2')) as HTMLSelectElement;
    expect(unit.disabled).toBe(true);
    expect([...unit.options].map((o) => o.textContent)).toEqual(['Fälle']);
  });
});
