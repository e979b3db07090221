// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nProvider } from '../lib/i18n';
import { DueDate } from './Reminders';

afterEach(cleanup);

describe('DueDate', () => {
  it('says an overdue task is overdue in words, not in colour alone', () => {
    render(<I18nProvider><DueDate due="2026-09-30" overdue /></I18nProvider>);
    const el = screen.getByTestId('task-due');
    expect(el.textContent).toBe('überfällig seit 30.09.2026');
    expect(el.className).toContain('zw-due--overdue');
  });
  it('gives the due day of a task not yet due', () => {
    render(<I18nProvider><DueDate due="2027-03-31" overdue={false} /></I18nProvider>);
    const el = screen.getByTestId('task-due');
    expect(el.textContent).toBe('fällig am 31.03.2027');
    expect(el.className).not.toContain('zw-due--overdue');
  });
});
