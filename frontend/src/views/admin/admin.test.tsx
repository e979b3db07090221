// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { ReorgForm } from './ReorgForm';
import { GoalForm } from './GoalForm';
import type { AGoal, AUnit, CascadeData } from './useCascadeData';

afterEach(cleanup);

const opName = (q: DocumentNode) => (q.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode).name?.value;

function mockClient(mutation: (name: string, vars: Record<string, unknown>) => object) {
  const executeMutation = vi.fn((op: { query: DocumentNode; variables: Record<string, unknown> }) => fromValue({ operation: op, ...mutation(opName(op.query) ?? '', op.variables), stale: false, hasNext: false }));
  const client = {
    executeQuery: vi.fn(() => never),
    executeMutation,
    executeSubscription: vi.fn(() => never),
  } as unknown as Client;
  return { client, executeMutation };
}

const unit = (id: string, code: string, name: string, kind: AUnit['kind'], parent: string | null): AUnit => ({
  id,
  code,
  name,
  kind,
  validFrom: '2024-01-01',
  validTo: null,
  version: 1,
  parent: parent ? { id: parent } : null,
  leader: null,
});
const units = [unit('vv', 'VV', 'Verwaltungsvorstand', 'VERWALTUNGSVORSTAND', null), unit('d2', 'II', 'Dezernat II', 'DEZERNAT', 'vv'), unit('a50', '50', 'Sozialamt', 'AMT', 'd2'), unit('a51', '51', 'Jugendamt', 'AMT', 'd2')];

const describedText = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('reorganisation form', () => {
  it('applies only the input of the last dry run, after a confirmation that lists the plan', async () => {
    const { client, executeMutation } = mockClient((_, vars) => {
      const input = vars.input as { dryRun: boolean };
      return { data: { orgUnitReorganise: { steps: [{ text: 'Sozialamt wird zum 31.12. aufgelöst', count: 1 }, { text: 'Ziele gehen an Jugendamt', count: 4 }], applied: !input.dryRun, userErrors: [] } } };
    });
    const applied = vi.fn();
    render(
      <Provider value={client}>
        <ReorgForm units={units} onApplied={applied} />
      </Provider>,
    );
    fireEvent.change(screen.getByLabelText('Aufzulösende Einheiten'), { target: { value: 'a50' } });
    // jsdom: selectedOptions follows the value of a multiple select only when the option is selected.
    (screen.getByLabelText('Aufzulösende Einheiten') as HTMLSelectElement).options[2].selected = true;
    fireEvent.change(screen.getByLabelText('Aufzulösende Einheiten'));
    fireEvent.click(screen.getByRole('button', { name: 'Übergang hinzufügen' }));
    fireEvent.change(screen.getByLabelText('An Nachfolger'), { target: { value: 'id:a51' } });
    const apply = screen.getByRole('button', { name: 'Umorganisation durchführen' });
    expect(apply.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Probelauf: Plan anzeigen' }));
    await screen.findByText('Ziele gehen an Jugendamt');
    expect(screen.getByText('Probelauf: 2 Schritte, keine Probleme. Noch nichts geändert.')).toBeTruthy();
    const dry = (executeMutation.mock.calls[0] as unknown as [{ variables: { input: Record<string, unknown> } }])[0].variables.input;
    expect(dry).toMatchObject({ dissolve: ['a50'], moves: [{ fromId: 'a50', toId: 'a51', what: ['GOALS', 'PRODUCTS', 'MEASURES', 'OPEN_AGREEMENTS', 'SUB_UNITS'] }], dryRun: true });
    expect(apply.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(apply);
    const dialog = await screen.findByTestId('confirm-dialog');
    expect(dialog.textContent).toContain('Ziele gehen an Jugendamt (4)');
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(applied).toHaveBeenCalledTimes(1));
    const wet = (executeMutation.mock.calls[1] as unknown as [{ variables: { input: Record<string, unknown> } }])[0].variables.input;
    expect({ ...wet, dryRun: true }).toEqual(dry);
    expect(wet.dryRun).toBe(false);
    expect(applied.mock.calls[0][0]).toMatch(/^Die Umorganisation zum .* wurde durchgeführt \(2 Schritte\)\.$/);
  });

  it('says what is missing before sending anything', async () => {
    const { client, executeMutation } = mockClient(() => ({}));
    render(
      <Provider value={client}>
        <ReorgForm units={units} onApplied={() => {}} />
      </Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Übergang hinzufügen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Probelauf: Plan anzeigen' }));
    const from = await screen.findByLabelText('Von Einheit');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(from)).toContain('Bitte die abgebende Einheit wählen.');
    expect(describedText(screen.getByLabelText('An Nachfolger'))).toContain('Bitte den Nachfolger wählen.');
    expect(executeMutation).not.toHaveBeenCalled();
  });
});

describe('goal form', () => {
  const dezGoal: AGoal = {
    id: 'g1',
    level: 'DEZERNAT',
    title: 'Kinder und Familien fördern',
    description: '',
    fromYear: 2024,
    toYear: 2027,
    version: 3,
    untracedReason: '',
    orgUnit: { id: 'd2', name: 'Dezernat II', kind: 'DEZERNAT' },
    parent: null,
    strategicGoal: { id: 's1' },
    product: null,
  };
  const data: CascadeData = { sgs: [{ id: 's1', number: 1, title: 'Bildung', description: '', version: 1, retiredAt: null }], goals: [dezGoal], units };

  it('pre-fills a child goal: the level below, the parent, a unit below the parent’s; userErrors at their field', async () => {
    const { client, executeMutation } = mockClient(() => ({
      data: { goalCreate: { goal: null, userErrors: [{ field: ['input', 'title'], message: 'Bitte einen Titel angeben.', messageEn: 'Title required.', code: 'BAD_USER_INPUT', key: 'input.required' }] } },
    }));
    render(
      <Provider value={client}>
        <GoalForm mode={{ kind: 'new', parent: dezGoal, sg: null }} data={data} year={2026} ledUnits={['a51']} onDone={() => {}} onCancel={() => {}} />
      </Provider>,
    );
    expect((screen.getByLabelText('Ebene') as HTMLSelectElement).value).toBe('AMT');
    expect((screen.getByLabelText('Organisationseinheit') as HTMLSelectElement).value).toBe('a51');
    expect((screen.getByLabelText('Übergeordnetes Ziel') as HTMLSelectElement).value).toBe('g1');
    expect((screen.getByLabelText('Von Jahr') as HTMLInputElement).value).toBe('2024');
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    const title = screen.getByLabelText('Titel');
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(title)).toContain('Bitte einen Titel angeben.');
    await waitFor(() => expect(document.activeElement).toBe(title));
    const vars = (executeMutation.mock.calls[0] as unknown as [{ variables: unknown }])[0].variables;
    expect(vars).toEqual({ input: { level: 'AMT', orgUnitId: 'a51', title: '', description: '', fromYear: 2024, toYear: 2027, parentGoalId: 'g1' } });
  });
});
