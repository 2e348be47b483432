/**
 * A chart with everything a person who cannot see it needs: a caption, a one-sentence text
 * alternative (also the SVG's title/desc), and the same data as a table behind "Ver como tabla".
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface FigureProps {
  title: string;
  description: string;
  tableLabel: string;
  /** The SVG body, given the ids its <title> and <desc> must use. */
  chart: (ids: { title: string; desc: string }) => ComponentChildren;
  table: ComponentChildren;
  testId: string;
}

export function ChartFigure({ title, description, tableLabel, chart, table, testId }: FigureProps) {
  const id = useId();
  const ids = { title: `${id}-t`, desc: `${id}-d` };
  return (
    <figure class="chart" data-testid={testId} aria-labelledby={`${id}-c`}>
      <figcaption id={`${id}-c`}>
        <span class="chart-title">{title}</span>
        <span class="chart-desc">{description}</span>
      </figcaption>
      {chart(ids)}
      <details class="chart-table">
        <summary>{tableLabel}</summary>
        {table}
      </details>
    </figure>
  );
}
