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
}

export function DataTable({ caption, testId, columns, children }: DataTableProps) {
  return (
    <div class="table-wrap">
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
