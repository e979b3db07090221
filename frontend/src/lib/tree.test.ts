import { describe, expect, it } from 'vitest';
import { connectionCost, emptyTree, isOpen, treeReducer } from './tree';

describe('strategy tree expansion', () => {
  it('loads children on first expand, then shows them', () => {
    let s = treeReducer(emptyTree, { type: 'toggle', id: 'g1' });
    expect(s.nodes.g1).toBe('loading');
    expect(isOpen(s, 'g1')).toBe(true);
    s = treeReducer(s, { type: 'loaded', id: 'g1' });
    expect(s.nodes.g1).toBe('expanded');
  });
  it('collapses and re-expands without a new request', () => {
    let s = treeReducer(emptyTree, { type: 'toggle', id: 'g1' });
    s = treeReducer(s, { type: 'loaded', id: 'g1' });
    s = treeReducer(s, { type: 'toggle', id: 'g1' });
    expect(isOpen(s, 'g1')).toBe(false);
    s = treeReducer(s, { type: 'toggle', id: 'g1' });
    expect(s.nodes.g1).toBe('expanded');
  });
  it('keeps a failure visible and retries on toggle', () => {
    let s = treeReducer(emptyTree, { type: 'toggle', id: 'g1' });
    s = treeReducer(s, { type: 'failed', id: 'g1' });
    expect(s.nodes.g1).toBe('error');
    expect(isOpen(s, 'g1')).toBe(true);
    s = treeReducer(s, { type: 'toggle', id: 'g1' });
    expect(isOpen(s, 'g1')).toBe(false);
  });
  it('collapses everything but remembers what was loaded', () => {
    let s = treeReducer(emptyTree, { type: 'toggle', id: 'a' });
    s = treeReducer(s, { type: 'loaded', id: 'a' });
    s = treeReducer(s, { type: 'collapseAll' });
    expect(isOpen(s, 'a')).toBe(false);
    expect(treeReducer(s, { type: 'toggle', id: 'a' }).nodes.a).toBe('expanded');
  });
  it('keeps lazy child requests far below the complexity limit', () => {
    // One expansion: 50 goals × (summary ≈ 15) + 50 KPIs × 5.
    expect(connectionCost(50, 15) + connectionCost(50, 5)).toBeLessThan(25_000);
  });
});
