/**
 * The tablero: loads sites, audits and good practices once and the answers for the date range,
 * builds the panel for the filters, and lays out indicators, charts, diagnosis and tables.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AuditEntry, CatalogueAuditEntry, GoodPractice, PageFeedbackStats, PublicSite, RefusalCount } from '../../../../core/schemas/index.js';
import type { Collector } from '../api.js';
import { TrendChart, TrendLegend } from '../charts/trend-chart.js';
import { ProfileChart } from '../charts/profile-chart.js';
import { ReasonsChart } from '../charts/reasons-chart.js';
import { openReport, saveFile, saveText, today } from '../files.js';
import { catalogueViews } from '../model/catalogue.js';
import { panelCsv } from '../model/csv.js';
import { diagnose } from '../model/diagnosis.js';
import { siteFixFirst } from '../model/fix-first.js';
import { filtersFromQuery, filtersToQuery, type Filters } from '../model/filters.js';
import { buildPanel, type PageView } from '../model/panel.js';
import { resourceViews, splitAudits } from '../model/resources.js';
import { useUi } from '../ui.js';
import { AuditHistory } from './audit-history.js';
import { CatalogueTable } from './catalogue-table.js';
import { DiagnosisTable } from './diagnosis-table.js';
import { FilterBar } from './filters.js';
import { FixFirstTable } from './fix-first-table.js';
import { FlagDialog } from './flag-dialog.js';
import { GoodPractices } from './good-practices.js';
import { LoadErrorBox, useLoadFailure } from './load-error.js';
import { Kpis } from './kpis.js';
import { PagesTable } from './pages-table.js';
import { ResourcesTable } from './resources-table.js';
import { RefusalsCard } from './refusals-card.js';
import { SitesTable } from './sites-table.js';

interface Base {
  sites: PublicSite[];
  /** Audits of pages. */
  pages: AuditEntry[];
  /** Audits of downloads (datasets and documents). */
  resources: AuditEntry[];
}

export function Dashboard({ collector, pageLinks, onUnauthorized }: { collector: Collector; pageLinks?: Record<string, string> | undefined; onUnauthorized: () => void }) {
  const { t, f, lang } = useUi();
  const [filters, setFilters] = useState<Filters>(() => filtersFromQuery(location.search));
  const [base, setBase] = useState<Base | null>(null);
  const [stats, setStats] = useState<PageFeedbackStats[] | null>(null);
  const [refusals, setRefusals] = useState<RefusalCount[] | null>(null);
  const [catalogues, setCatalogues] = useState<CatalogueAuditEntry[] | null>(null);
  const [good, setGood] = useState<GoodPractice[]>([]);
  const [message, setMessage] = useState('');
  const { error, attempt, fail, clear, retry } = useLoadFailure(onUnauthorized);
  const [flagging, setFlagging] = useState<{ page: PageView; audit: AuditEntry } | null>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const focusDetail = useRef(false);

  useEffect(() => {
    clear();
    Promise.all([collector.sites(), collector.audits(), collector.goodPractices()])
      .then(([sites, audits, practices]) => {
        // Audits of downloads have their own table; the indicators and charts are about pages.
        setBase({ sites, ...splitAudits(audits) });
        setGood(practices);
      })
      .catch(fail);
  }, [collector, attempt]);

  useEffect(() => {
    let current = true;
    setStats(null);
    setRefusals(null);
    setCatalogues(null);
    collector
      .stats({ from: filters.from, to: filters.to })
      .then((s) => current && setStats(s))
      .catch(fail);
    collector
      .refusals({ from: filters.from, to: filters.to })
      .then((r) => current && setRefusals(r))
      .catch(fail);
    // The collector picks the latest audit of each catalogue in the range.
    collector
      .catalogues({ from: filters.from, to: filters.to })
      .then((c) => current && setCatalogues(c))
      .catch(fail);
    return () => {
      current = false;
    };
  }, [collector, filters.from, filters.to, attempt]);

  useEffect(() => {
    history.replaceState(null, '', `${location.pathname}${filtersToQuery(filters)}`);
  }, [filters]);

  const panel = useMemo(() => (base && stats ? buildPanel(base.sites, base.pages, stats, filters) : null), [base, stats, filters]);
  const allPages = useMemo(() => (base && stats ? buildPanel(base.sites, base.pages, stats, { ...filters, site: null, page: null }).pages : []), [base, stats, filters]);

  useEffect(() => {
    if (panel) setMessage(t.loaded(panel.pages.reduce((n, p) => n + p.audits.length, 0), panel.aggregate.feedback.total));
  }, [panel, lang]);

  useEffect(() => {
    if (focusDetail.current && detailHeading.current) {
      detailHeading.current.focus();
      focusDetail.current = false;
    }
  });

  if (error) {
    return (
      <main id="contenido" class="content">
        <h1>{t.appTitle}</h1>
        <LoadErrorBox error={error} onRetry={retry} />
      </main>
    );
  }

  if (!base || !panel) {
    return (
      <main id="contenido" class="content" aria-busy="true">
        <h1>{t.appTitle}</h1>
        <p role="status">{t.loading}</p>
      </main>
    );
  }

  const detail = filters.page ? (panel.pages.find((p) => p.page === filters.page) ?? null) : null;
  const site = filters.site ? base.sites.find((s) => s.id === filters.site) : undefined;
  const label = detail ? detail.title : site ? t.selectionSite(site.name) : t.selectionAll;
  const diagnosis = diagnose(panel.aggregate);
  const resources = resourceViews(base.sites, base.resources, filters);
  const catalogue = catalogues && catalogueViews(base.sites, catalogues, filters);
  const previousCriteria = detail?.previous?.criteria;

  const select = (page: PageView) => {
    focusDetail.current = true;
    setFilters({ ...filters, site: page.site.id, page: page.page });
    window.scrollTo({ top: 0 });
  };
  const refreshGood = async () => setGood(await collector.goodPractices());
  const flag = async (note: string) => {
    if (!flagging) return;
    try {
      await collector.addGoodPractice({ site: flagging.page.site.id, page: flagging.page.page, auditId: flagging.audit.id, ...(note ? { note } : {}) });
      await refreshGood();
      setMessage(t.goodPracticeSaved);
    } catch (e) {
      setMessage(`${t.actionFailed}: ${e instanceof Error ? e.message : String(e)}`);
    }
    setFlagging(null);
  };
  const unflag = async (practice: GoodPractice) => {
    try {
      await collector.removeGoodPractice(practice.id);
      await refreshGood();
      setMessage(t.goodPracticeRemoved);
    } catch (e) {
      setMessage(`${t.actionFailed}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const exportGood = async (format: 'json' | 'csv') => {
    try {
      saveFile(`buenas-practicas-${today()}.${format}`, await collector.download(`/v1/good-practices?format=${format}`));
    } catch (e) {
      setMessage(`${t.actionFailed}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <main id="contenido" class="content">
      <h1>{t.appTitle}</h1>
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      <FilterBar
        filters={filters}
        sites={base.sites}
        pages={allPages}
        onChange={setFilters}
        onExport={() => saveText(`proactiva-tablero-${today()}.csv`, panelCsv(panel.pages, lang), 'text/csv;charset=utf-8')}
      />
      {detail ? (
        <div class="detail-head">
          <h2 id="detail-title" ref={detailHeading} tabIndex={-1}>
            {t.pageDetail(detail.title)}
          </h2>
          <p class="page-site">
            {detail.site.name} · <span class="url">{detail.page}</span>
          </p>
          <button type="button" class="ghost" onClick={() => setFilters({ ...filters, page: null })}>
            {t.backToAll}
          </button>
        </div>
      ) : null}
      <Kpis aggregate={panel.aggregate} label={label} />
      <section aria-labelledby="charts-title" class="charts">
        <h2 id="charts-title">{t.chartsTitle}</h2>
        <div class="chart-grid">
          <div class="chart-wide">
            <TrendLegend t={t} />
            <TrendChart trend={panel.aggregate.trend} t={t} f={f} />
          </div>
          <ProfileChart scores={panel.aggregate.criteria} previous={previousCriteria} t={t} f={f} lang={lang} />
          <ReasonsChart reasons={panel.aggregate.feedback.reasons} t={t} f={f} />
        </div>
      </section>
      <DiagnosisTable rows={diagnosis} />
      <RefusalsCard refusals={refusals} site={filters.site} />
      {detail ? (
        <AuditHistory
          page={detail}
          flagged={good.filter((g) => g.page === detail.page && g.site === detail.site.id)}
          onReport={(audit) => openReport(audit.report, lang)}
          onFlag={(audit) => setFlagging({ page: detail, audit })}
          onUnflag={unflag}
        />
      ) : (
        <>
          {site ? <FixFirstTable fixes={siteFixFirst(panel.pages)} siteName={site.name} /> : null}
          <SitesTable sites={panel.sites} onSelect={(id) => setFilters({ ...filters, site: id, page: null })} openDataUrl={collector.openDataUrl} />
        </>
      )}
      <PagesTable pages={panel.pages} pageLinks={pageLinks} onSelect={select} onReport={(p) => p.latest && openReport(p.latest.report, lang)} />
      <ResourcesTable resources={resources} onReport={(audit) => openReport(audit.report, lang)} />
      <CatalogueTable catalogues={catalogue} />
      <GoodPractices practices={good} pages={allPages} onRemove={unflag} onExport={exportGood} />
      {flagging ? (
        <FlagDialog heading={t.goodPracticeOf(flagging.page.title, f.date(flagging.audit.auditedAt))} onConfirm={flag} onClose={() => setFlagging(null)} />
      ) : null}
    </main>
  );
}
