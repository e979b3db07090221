import type { ReactNode } from 'react';
import { TableRegion } from './TableRegion';

export interface Column<T> {
  key: string;
  label: ReactNode;
  numeric?: boolean;
  /** The row's first column is its header cell (th scope=row). */
  rowHeader?: boolean;
  cell: (row: T) => ReactNode;
  /** aria-sort of the column header, where the table is sorted by it. */
  sort?: 'ascending' | 'descending' | 'none';
}

/**
 * A small KERN table in a TableRegion: a caption (visually hidden), column
 * headers, one row per item and an optional footer row; for the many
 * read-only tables of the performance pay pages.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  footer,
  testId,
  rowProps,
}: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  footer?: ReactNode;
  testId?: string;
  rowProps?: (row: T) => Record<string, string | undefined>;
}) {
  return (
    <TableRegion label={caption}>
      <table className="kern-table kern-table--small" data-testid={testId}>
        <caption className="kern-sr-only">{caption}</caption>
        <thead className="kern-table__header">
          <tr className="kern-table__row">
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={c.sort} className={`kern-table__header${c.numeric ? ' kern-table__header--numeric' : ''}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((r) => (
            <tr key={rowKey(r)} className="kern-table__row" {...rowProps?.(r)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className="kern-table__cell">
                    {c.cell(r)}
                  </th>
                ) : (
                  <td key={c.key} className={`kern-table__cell${c.numeric ? ' kern-table__cell--numeric' : ''}`} data-col={c.key}>
                    {c.cell(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer ? <tfoot className="kern-table__footer">{footer}</tfoot> : null}
      </table>
    </TableRegion>
  );
}
