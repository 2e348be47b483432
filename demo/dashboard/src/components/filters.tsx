/** Filters by sujeto obligado, page and date range; every change applies at once. */
import type { PublicSite } from '../../../../core/schemas/index.js';
import type { Filters } from '../model/filters.js';
import type { PageView } from '../model/panel.js';
import { useUi } from '../ui.js';

export interface FilterBarProps {
  filters: Filters;
  sites: readonly PublicSite[];
  pages: readonly Pick<PageView, 'page' | 'title' | 'site'>[];
  onChange: (next: Filters) => void;
  onExport: () => void;
}

export function FilterBar({ filters, sites, pages, onChange, onExport }: FilterBarProps) {
  const { t } = useUi();
  const choosable = pages.filter((p) => !filters.site || p.site.id === filters.site);
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <section class="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" class="visually-hidden">
        {t.filtersTitle}
      </h2>
      <form onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="f-site">{t.siteFilter}</label>
          <select id="f-site" value={filters.site ?? ''} onChange={(e) => set({ site: (e.target as HTMLSelectElement).value || null, page: null })}>
            <option value="">{t.allSites}</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field grow">
          <label for="f-page">{t.pageFilter}</label>
          <select id="f-page" value={filters.page ?? ''} onChange={(e) => {
            const page = (e.target as HTMLSelectElement).value || null;
            const site = page ? (pages.find((p) => p.page === page)?.site.id ?? filters.site) : filters.site;
            set({ page, site });
          }}>
            <option value="">{t.allPages}</option>
            {choosable.map((p) => (
              <option key={p.page} value={p.page}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-from">{t.from}</label>
          <input id="f-from" type="date" value={filters.from ?? ''} max={filters.to ?? undefined} onChange={(e) => set({ from: (e.target as HTMLInputElement).value || null })} />
        </div>
        <div class="field">
          <label for="f-to">{t.to}</label>
          <input id="f-to" type="date" value={filters.to ?? ''} min={filters.from ?? undefined} onChange={(e) => set({ to: (e.target as HTMLInputElement).value || null })} />
        </div>
        <div class="field actions">
          <button type="button" class="ghost" onClick={() => onChange({ site: null, page: null, from: null, to: null })}>
            {t.resetFilters}
          </button>
          <button type="button" class="primary" onClick={onExport} aria-describedby="export-help">
            {t.exportPanel}
          </button>
        </div>
      </form>
      <p id="export-help" class="help">
        {t.exportHelp}
      </p>
    </section>
  );
}
