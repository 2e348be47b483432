/**
 * The shell every dashboard table shares: scrollable wrapper, caption for screen readers, column
 * headers; a sortable column's header is a button and the sorted one carries aria-sort.
 */
import type { ComponentChildren } from 'preact';

export interface ColumnSort {
  /** This column's order when the table is sorted by it, else null. */
  direction: 'ascending' | 'descending' | null;
  onSort: () => void;
  /** The button's accessible name ("Ordenar por …"). */
  label: string;
}

export interface Column {
  label: string;
  /** Right-aligned numbers. */
  numeric?: boolean;
  sort?: ColumnSort;
}

export interface DataTableProps {
  caption: string;
  testId: string;
  columns: readonly Column[];
  children: ComponentChildren;
  /**
   * A table wider than the page (e.g. ten criteria as columns): its scrolling wrapper becomes a
   * named, focusable region so keyboard users can scroll it too (WCAG 2.1.1).
   */
  wide?: boolean;
}

export function DataTable({ caption, testId, columns, children, wide = false }: DataTableProps) {
  return (
    <div class="table-wrap" {...(wide ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}>
      <table class="data" data-testid={testId}>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" class={c.numeric ? 'num' : undefined} aria-sort={c.sort?.direction ?? undefined}>
                {c.sort ? (
                  <button type="button" class="sort" aria-label={c.sort.label} onClick={c.sort.onSort}>
                    {c.label}
                    <span aria-hidden="true" class="sort-mark">
                      {c.sort.direction === 'ascending' ? ' ▲' : c.sort.direction === 'descending' ? ' ▼' : ' ↕'}
                    </span>
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
