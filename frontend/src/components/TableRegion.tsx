import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The wrapper of a table that may be wider than the screen (or, with a
 * max-height, taller than its box): it scrolls inside itself, never the
 * page. While it does overflow it is a labelled region that the keyboard can reach (Tab, then arrow keys), so
 * that everyone can scroll it (WCAG 2.1.1, axe scrollable-region-focusable);
 * when everything fits it is a plain box and adds no tab stop.
 */
export function TableRegion({ label, children, className, testId }: { label: string; children: ReactNode; className?: string; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(true);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    return () => ro.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={`kern-table-responsive zw-table-region${className ? ' ' + className : ''}`}
      data-testid={testId}
      data-overflows={overflows || undefined}
      {...(overflows ? { role: 'region', tabIndex: 0, 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}
