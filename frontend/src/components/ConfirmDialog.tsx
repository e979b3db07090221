import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A KERN modal dialog (native <dialog>, showModal) that asks before an
 * action: title, what will happen, confirm and cancel. Focus starts on
 * "Abbrechen" (the harmless choice), stays inside the dialog (Tab and
 * Shift+Tab wrap), Escape cancels, and focus returns to where it was.
 * Render it only while it is open.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy = false,
  onConfirm,
  onCancel,
  testId = 'confirm-dialog',
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  const busyRef = useRef(busy);
  busyRef.current = busy;

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    const before = document.activeElement as HTMLElement | null;
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
    cancelRef.current?.focus();
    // Escape on a modal <dialog> fires "cancel": the caller decides, the dialog does not close itself.
    const onNativeCancel = (e: Event) => {
      e.preventDefault();
      if (!busyRef.current) cancel.current();
    };
    // Should the browser close it anyway (a second Escape may not be cancelable), that is a cancel too.
    const onNativeClose = () => {
      if (d.isConnected) cancel.current();
    };
    d.addEventListener('cancel', onNativeCancel);
    d.addEventListener('close', onNativeClose);
    return () => {
      d.removeEventListener('cancel', onNativeCancel);
      d.removeEventListener('close', onNativeClose);
      if (typeof d.close === 'function' && d.open) d.close();
      if (before && before.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (e: React.KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (!busy) cancel.current();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []);
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    if (e.shiftKey && (active === first || !ref.current?.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !ref.current?.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="kern-dialog zw-dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid={testId}
      onKeyDown={onKeyDown}
    >
      <header className="kern-dialog__header">
        <h2 className="kern-title" id={`${id}-title`}>
          {title}
        </h2>
      </header>
      <section className="kern-dialog__body" id={`${id}-body`}>
        {children}
      </section>
      <footer className="kern-dialog__footer">
        <button ref={cancelRef} type="button" className="kern-btn kern-btn--secondary" aria-disabled={busy || undefined} onClick={() => !busy && cancel.current()}>
          <span className="kern-label">{t('app.cancel')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined} onClick={() => !busy && onConfirm()} data-testid="confirm-ok">
          <span className="kern-label">{busy ? t('confirm.busy') : confirmLabel}</span>
        </button>
      </footer>
    </dialog>
  );
}
