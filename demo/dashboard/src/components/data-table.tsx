/** The shell every dashboard table shares: scrollable wrapper, caption for screen readers, column headers. */
import type { ComponentChildren } from 'preact';

export interface Column {
  label: string;
  /** Right-aligned numbers. */
  numeric?: boolean;
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
              <th key={c.label} scope="col" class={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
