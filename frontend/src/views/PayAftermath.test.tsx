// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { AgreementFieldsFragment } from '../gql/graphql';
import { SessionContext, type Session } from '../session';
import AgreementView from './AgreementView';

afterEach(cleanup);

const session = { me: { person: { id: 'p7' }, roles: [], ledUnits: [] }, years: [2026], year: 2026, setYear: () => {} } as unknown as Session;

const assessedItem = {
  id: 'i1', position: 1, title: 'Fallzahlen senken', weightPercent: 100, targetValue: 120, selfDegree: 110, finalDegree: 90,
  selfComment: '', assessmentComment: 'Ziel überwiegend erreicht.',
};

const base = {
  id: 'ag1', year: 2026, status: 'ASSESSED', version: 9, viewerAccess: 'CONTENT',
  orgUnit: { id: 'u1', code: '51', name: 'Jugendamt', kind: 'AMT' },
  principal: { id: 'p1', name: 'Thomas Reinhardt', position: '' }, agent: { id: 'p7', name: 'Sabine Kettler', position: '' },
  createdAt: '2026-01-10T09:00:00Z', updatedAt: '2026-11-01T09:00:00Z', proposedAt: null, principalSignedAt: null,
  agentSignedAt: null, agreedAt: null, closedAt: null, payRule: 'TVOED_LOB', returnReason: null, weightTotal: 100,
  totalDegree: 84.9, selfAssessedAt: null, viewerCanEdit: false, viewerCanPropose: false, viewerCanAccept: false,
  viewerCanReturn: false, viewerCanRequestChange: false, viewerCanRecordReview: false, viewerCanSelfAssess: false,
  viewerCanAssess: false, viewerCanClose: false, viewerCanCopy: false, viewerCanRemark: false, viewerCanOfficeReview: false,
  acknowledgedAt: null, objectBy: '2099-12-15', objection: null,
  viewerCanAcknowledge: false, viewerCanObject: false, viewerCanAssignObjection: false, viewerCanDecideObjection: false,
  items: [], remarks: [], reviews: [], assessment: null,
};

const opName = (q: DocumentNode) => (q.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode).name?.value;

function renderView(a: Record<string, unknown>) {
  const client = {
    executeQuery: vi.fn((op: { query: DocumentNode }) =>
      opName(op.query) === 'Agreement' ? fromValue({ operation: op, data: { node: a as unknown as AgreementFieldsFragment }, stale: false, hasNext: false }) : never,
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

describe('after the assessment', () => {
  it('lets the agent acknowledge after a dialog that names the deadline', () => {
    const client = renderView({ ...base, viewerCanAcknowledge: true, viewerCanObject: true });
    expect(screen.getByTestId('aftermath-state').textContent).toContain('bis zum 15.12.2099');
    fireEvent.click(screen.getByRole('button', { name: 'Beurteilung bestätigen' }));
    const dialog = screen.getByTestId('confirm-acknowledge');
    expect(dialog.textContent).toContain('keinen Einspruch');
    expect(dialog.textContent).toContain('15.12.2099');
    fireEvent.click(within(dialog).getByTestId('confirm-ok'));
    const [[op]] = (client.executeMutation as ReturnType<typeof vi.fn>).mock.calls as [[{ query: DocumentNode; variables: unknown }]];
    expect(opName(op.query)).toBe('AgreementAcknowledge');
    expect(op.variables).toEqual({ input: { agreementId: 'ag1', expectedVersion: 9 } });
  });

  it('asks for a reason before an objection and quotes it in the dialog', () => {
    const client = renderView({ ...base, viewerCanAcknowledge: true, viewerCanObject: true });
    fireEvent.click(screen.getByRole('button', { name: 'Einspruch einlegen' }));
    const form = screen.getByTestId('objection-form');
    const submit = within(form).getByRole('button', { name: 'Einspruch einlegen' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.change(within(form).getByLabelText('Begründung des Einspruchs'), { target: { value: 'Ziel 2 ist erreicht.' } });
    fireEvent.click(submit);
    const dialog = screen.getByTestId('confirm-object');
    expect(dialog.textContent).toContain('Ziel 2 ist erreicht.');
    fireEvent.click(within(dialog).getByTestId('confirm-ok'));
    const [[op]] = (client.executeMutation as ReturnType<typeof vi.fn>).mock.calls as [[{ query: DocumentNode; variables: unknown }]];
    expect(opName(op.query)).toBe('AgreementObject');
    expect(op.variables).toEqual({ input: { agreementId: 'ag1', expectedVersion: 9, reason: 'Ziel 2 ist erreicht.' } });
  });

  it('tells the principal that closing waits for the commission', () => {
    renderView({ ...base, objection: { objectedAt: '2026-12-01T15:00:00Z', reason: 'Ziel 2 ist erreicht.', decision: null, decisionReason: null, decidedAt: null, members: [], items: null, assessmentComment: null } });
    expect(screen.getByTestId('close-waits').textContent).toContain('sobald die Paritätische Kommission entschieden hat');
    expect(screen.queryByRole('button', { name: 'Abschließen' })).toBeNull();
    expect(screen.getByTestId('objection-details').textContent).toContain('noch niemand zugewiesen');
  });

  it('tells the principal that closing waits for the acknowledgement or the end of the period', () => {
    renderView(base);
    expect(screen.getByTestId('close-waits').textContent).toContain('nach dem 15.12.2099');
  });
});

describe('the commission member', () => {
  const commission = {
    ...base,
    viewerAccess: 'ASSESSMENT',
    viewerCanDecideObjection: true,
    items: null,
    objection: {
      objectedAt: '2026-12-01T15:00:00Z', reason: 'Ziel 1 ist erreicht.', decision: null, decisionReason: null, decidedAt: null,
      members: [{ id: 'm1', name: 'Miriam Osterkamp' }], items: [assessedItem], assessmentComment: 'Ziele überwiegend erreicht.',
    },
  };

  it('sees the assessment part only, and the decision needs a reason and, when changed, a changed degree', () => {
    const client = renderView(commission);
    expect(screen.getByTestId('commission-items').textContent).toContain('Fallzahlen senken');
    expect(screen.getByTestId('commission-reason').textContent).toBe('Ziel 1 ist erreicht.');
    expect(document.getElementById('items-h')).toBeNull();
    expect(document.getElementById('audit-h')).toBeNull();
    const form = screen.getByTestId('decision-form');
    fireEvent.click(screen.getByTestId('decide-submit'));
    expect(form.textContent).toContain('Bitte die Entscheidung begründen.');
    fireEvent.click(within(form).getByLabelText('Grade ändern'));
    fireEvent.change(within(form).getByLabelText('Begründung der Entscheidung'), { target: { value: 'Vergleichswerte verzerrt.' } });
    fireEvent.click(screen.getByTestId('decide-submit'));
    expect(form.textContent).toContain('Bitte mindestens einen Grad ändern');
    fireEvent.change(screen.getByTestId('decide-degree-1'), { target: { value: '110' } });
    expect(screen.getByTestId('decide-total').textContent).toMatch(/^Neuer Gesamtzielerreichungsgrad: 110\s%$/);
    fireEvent.click(screen.getByTestId('decide-submit'));
    const dialog = screen.getByTestId('confirm-decide');
    expect(dialog.textContent).toContain('Grade von 1 Zielen');
    fireEvent.click(within(dialog).getByTestId('confirm-ok'));
    const [[op]] = (client.executeMutation as ReturnType<typeof vi.fn>).mock.calls as [[{ query: DocumentNode; variables: unknown }]];
    expect(opName(op.query)).toBe('ObjectionDecide');
    expect(op.variables).toEqual({ input: { agreementId: 'ag1', expectedVersion: 9, decision: 'CHANGED', reason: 'Vergleichswerte verzerrt.', items: [{ itemId: 'i1', degree: 110 }] } });
  });
});
