/** What to fix first on a sujeto obligado's pages: each fix, its effort, the pages it touches and the points it adds to their average. */
import type { FixFirstItem } from '../../../../core/scoring/fix-first.js';
import { useUi } from '../ui.js';
import { DataTable } from './data-table.js';

export function FixFirstTable({ fixes, siteName }: { fixes: readonly FixFirstItem[]; siteName: string }) {
  const { t, f, lang } = useUi();
  const text = (s: { es: string; en: string }) => (lang === 'en' ? s.en : s.es);
  return (
    <section aria-labelledby="fix-first-title">
      <h2 id="fix-first-title">{t.fixFirstTitle}</h2>
      <p class="intro">{t.fixFirstIntro(siteName)}</p>
      {fixes.length ? (
        <DataTable
          caption={t.fixFirstCaption(siteName)}
          testId="fix-first-table"
          columns={[{ label: t.colFix }, { label: t.colEffort }, { label: t.colPagesAffected, numeric: true }, { label: t.colPointsAdded, numeric: true }]}
        >
          {fixes.map((fix) => (
            <tr key={fix.checkId} data-check={fix.checkId}>
              <th scope="row">
                <span class="page-title">{text(fix.title)}</span>
                <span class="page-site">{text(fix.what)}</span>
              </th>
              <td>{t.efforts[fix.effort]}</td>
              <td class="num">{fix.pages}</td>
              <td class="num">{t.points(f.points(fix.averageGain))}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p class="muted">{t.fixFirstEmpty}</p>
      )}
    </section>
  );
}
