// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { AgreementFieldsFragment } from '../gql/graphql';
import { SessionContext, type Session } from '../session';
import AgreementView from './AgreementView';

afterEach(cleanup);

const session = { me: { person: { id: 'p7' }, roles: [], ledUnits: [] }, years: [2025], year: 2025, setYear: () => {} } as unknown as Session;

const item = {
  id: 'i2', position: 2, title: 'Digitale Bauakte', description: '', weightPercent: 80, targetValue: null, targetUnit: 'NONE', budgetCompliance: false,
  interimDegree: 60, selfDegree: 90, finalDegree: null, assessmentComment: '',
  interimComment: 'Vergabe verzögert', selfComment: 'Pilot läuft\nim Bauamt',
  goal: null, kpi: null, measure: null, budgetSuggestion: null,
};

const agreement = {
  id: 'ag1', year: 2025, status: 'REVIEWED', version: 7, viewerAccess: 'CONTENT',
  orgUnit: { id: 'u1', code: 'D-I', name: 'Dezernat I', kind: 'DEZERNAT' },
  principal: { id: 'p1', name: 'Olga Oberhaupt', position: '' }, agent: { id: 'p7', name: 'Dieter Dezernent', position: '' },
  createdAt: '2025-01-10T09:00:00Z', updatedAt: '2025-07-01T09:00:00Z', proposedAt: null, principalSignedAt: null,
  agentSignedAt: null, agreedAt: null, closedAt: null, payRule: 'BEAMTE_LBESG', returnReason: null, weightTotal: 100,
  totalDegree: null, selfAssessedAt: null, viewerCanEdit: false, viewerCanPropose: false, viewerCanAccept: false,
  viewerCanReturn: false, viewerCanRequestChange: false, viewerCanRecordReview: false, viewerCanSelfAssess: false,
  viewerCanAssess: false, viewerCanClose: false, viewerCanCopy: false,
  items: [
    { ...item, id: 'i1', position: 1, title: 'Haushalt', weightPercent: 20, budgetCompliance: true, interimComment: '', selfComment: '' },
    item,
  ],
  reviews: [], assessment: null,
} as unknown as AgreementFieldsFragment;

const opName = (q: DocumentNode) => (q.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode).name?.value;

function renderView(a: AgreementFieldsFragment = agreement) {
  const client = {
    executeQuery: vi.fn((op: { query: DocumentNode }) =>
      opName(op.query) === 'Agreement' ? fromValue({ operation: op, data: { node: a }, stale: false, hasNext: false }) : never,
    ),
    executeMutation: vi.fn(() => never),
    executeSubscription: vi.fn(() => never),
  } as unknown as Client;
  render(
    <Provider value={client}>
      <SessionContext.Provider value={session}>
        <AgreementView id="ag1" />
      </SessionContext.Provider>
    </Provider>,
  );
  return client;
}

describe('an agreement’s items', () => {
  it('show the comments given with the interim and the self-assessed degree', () => {
    renderView();
    const rows = within(screen.getByTestId('items')).getAllByRole('row');
    const row = rows.find((r) => r.textContent?.includes('Digitale Bauakte'))!;
    expect(within(row).getByTestId('interim-comment').textContent).toBe('Kommentar zum Zwischenstand: Vergabe verzögert');
    expect(within(row).getByTestId('self-comment').textContent).toBe('Kommentar zur Selbsteinschätzung: Pilot läuft\nim Bauamt');
    // An item without comments shows no empty labels.
    const budgetRow = rows.find((r) => r.textContent?.includes('Haushalt') && !r.textContent?.includes('Bauakte'))!;
    expect(within(budgetRow).queryByTestId('interim-comment')).toBeNull();
    expect(within(budgetRow).queryByTestId('self-comment')).toBeNull();
  });
});

describe('the self-assessment form', () => {
  it('sends a comment with the degree of each item', async () => {
    const client = renderView({ ...agreement, viewerCanSelfAssess: true } as AgreementFieldsFragment);
    fireEvent.click(await screen.findByRole('button', { name: 'Selbsteinschätzung' }));
    fireEvent.change(screen.getByTestId('item-comment-2'), { target: { value: 'Pilot abgeschlossen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(client.executeMutation).toHaveBeenCalled());
    const op = (client.executeMutation as ReturnType<typeof vi.fn>).mock.calls[0][0] as { variables: { input: { self: boolean; items: { itemId: string; degree: number; comment: string | null }[] } } };
    expect(op.variables.input.self).toBe(true);
    expect(op.variables.input.items).toContainEqual({ itemId: 'i2', degree: 90, comment: 'Pilot abgeschlossen' });
    // The item whose comment stayed empty sends none.
    expect(op.variables.input.items).toContainEqual({ itemId: 'i1', degree: 90, comment: null });
  });
});

describe('steps that ask first', () => {
  it('closing opens a labelled modal dialog; Escape cancels and nothing is sent', async () => {
    const client = renderView({ ...agreement, status: 'ASSESSED', viewerCanClose: true } as AgreementFieldsFragment);
    const button = await screen.findByRole('button', { name: 'Abschließen' });
    button.focus();
    fireEvent.click(button);
    const dialog = screen.getByTestId('confirm-close');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Zielvereinbarung abschließen?');
    expect(dialog.textContent).toMatch(/nicht rückgängig/);
    // Focus starts on the harmless choice and stays inside.
    expect(document.activeElement?.textContent).toBe('Abbrechen');
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement?.textContent).toBe('Endgültig abschließen');
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    expect(document.activeElement?.textContent).toBe('Abbrechen');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByTestId('confirm-close')).toBeNull();
    expect(client.executeMutation).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button);
  });

  it('a degree takes one decimal, German or English, and otherwise says what is expected', async () => {
    const client = renderView({ ...agreement, viewerCanSelfAssess: true } as AgreementFieldsFragment);
    fireEvent.click(await screen.findByRole('button', { name: 'Selbsteinschätzung' }));
    fireEvent.change(screen.getByTestId('degree-2'), { target: { value: '160' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText(/Bitte einen Wert zwischen 0 und 150 eingeben, z\. B\. 60,5/)).toBeTruthy();
    expect(client.executeMutation).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('degree-1'), { target: { value: '60.5' } });
    fireEvent.change(screen.getByTestId('degree-2'), { target: { value: '60,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(client.executeMutation).toHaveBeenCalled());
    const op = (client.executeMutation as ReturnType<typeof vi.fn>).mock.calls[0][0] as { variables: { input: { items: { itemId: string; degree: number }[] } } };
    expect(op.variables.input.items.map((x) => x.degree)).toEqual([60.5, 60.5]);
  });
});

describe('the final assessment', () => {
  it('asks first, naming the weighted total, and sends only when confirmed', async () => {
    const client = renderView({ ...agreement, viewerCanAssess: true } as AgreementFieldsFragment);
    fireEvent.click(await screen.findByRole('button', { name: 'Bewertung' }));
    fireEvent.change(screen.getByTestId('degree-1'), { target: { value: '100 %' } });
    fireEvent.change(screen.getByTestId('degree-2'), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    const dialog = await screen.findByTestId('confirm-dialog');
    // 20 % × 100 + 80 % × 90 = 92 %
    expect(dialog.textContent).toMatch(/Gesamtzielerreichung von 92\s%/);
    expect(dialog.textContent).toMatch(/nicht mehr ändern/);
    expect(client.executeMutation).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bewertung festlegen' }));
    await waitFor(() => expect(client.executeMutation).toHaveBeenCalled());
    const op = (client.executeMutation as ReturnType<typeof vi.fn>).mock.calls[0][0] as { variables: { input: { self: boolean; items: { itemId: string; degree: number }[] } } };
    expect(op.variables.input.self).toBe(false);
    expect(op.variables.input.items.map((x) => x.degree)).toEqual([100, 90]);
  });
});

describe('an item’s target and degrees', () => {
  it('show the item’s unit, the linked KPI’s unit over it, and one decimal', () => {
    const a = {
      ...agreement,
      items: [
        { ...item, id: 'i1', position: 1, title: 'Bearbeitungszeit', weightPercent: 50, targetValue: 30, targetUnit: 'DAYS', interimDegree: 60.5 },
        { ...item, id: 'i2', position: 2, title: 'Fälle', weightPercent: 50, targetValue: 1200, targetUnit: 'DAYS', kpi: { id: 'k1', name: 'Fallzahl', unit: 'Fälle' } },
      ],
    } as unknown as AgreementFieldsFragment;
    renderView(a);
    expect(screen.getByTestId('target-1').textContent).toBe('30 Tage');
    expect(screen.getByTestId('target-2').textContent).toBe('1.200 Fälle');
    expect(within(screen.getByTestId('items')).getByText('60,5 %')).toBeTruthy();
  });
});
