/**
 * The campaign view: a campaign picker (and the earlier campaign to compare with), then the
 * ranking of sujetos obligados, the distribution of scores, the map of the 32 entidades, the tasa
 * de variación, the per-criterion profiles, and a sujeto obligado's audited pages with their
 * Documento de Recomendaciones, and the campaign's open-data files. Everything comes from the
 * collector (GET /v1/campaigns…).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { OpenDataFile } from '../../../../campaigns/open-data-files.js';
import type { CampaignPage, CampaignSummary, CampaignViewAnswer } from '../../../../campaigns/view-schema.js';
import type { Collector } from '../api.js';
import { Histogram } from '../charts/histogram.js';
import { MexicoMap } from '../charts/mexico-map.js';
import { openReport, saveFile } from '../files.js';
import { comparable, entidadScores } from '../model/campaign.js';
import { NO_COMPARE, type CampaignRoute } from '../model/route.js';
import { useUi } from '../ui.js';
import { CampaignOpenData } from './campaign-open-data.js';
import { CampaignPages } from './campaign-pages.js';
import { CampaignProfiles } from './campaign-profiles.js';
import { CampaignRanking } from './campaign-ranking.js';
import { CampaignVariation } from './campaign-variation.js';
import { LoadErrorBox, useLoadFailure } from './load-error.js';

export interface CampaignsProps {
  collector: Collector;
  route: CampaignRoute;
  onRoute: (route: CampaignRoute) => void;
  onUnauthorized: () => void;
}

export function Campaigns({ collector, route, onRoute, onUnauthorized }: CampaignsProps) {
  const { t, f, lang } = useUi();
  const [list, setList] = useState<CampaignSummary[] | null>(null);
  const [view, setView] = useState<CampaignViewAnswer | null>(null);
  const [pages, setPages] = useState<CampaignPage[] | null>(null);
  const [message, setMessage] = useState('');
  const { error, attempt, fail, clear, retry } = useLoadFailure(onUnauthorized);
  const pagesHeading = useRef<HTMLHeadingElement>(null);
  const focusPages = useRef(false);

  useEffect(() => {
    clear();
    collector.campaigns().then(setList, fail);
  }, [collector, attempt]);

  // Without a campaign in the address: the latest one. Without `comparar`: the one before it.
  const id = list ? (route.campaign ?? list.at(-1)?.id ?? null) : null;
  const earlier = useMemo(() => (list && id ? comparable(list, id) : []), [list, id]);
  const compare = route.compare === NO_COMPARE ? null : (route.compare ?? earlier[0]?.id ?? null);

  useEffect(() => {
    if (!id) return;
    let current = true;
    setView(null);
    collector
      .campaign(id, compare)
      .then((v) => {
        if (!current) return;
        setView(v);
        setMessage(`${v.name}: ${v.ranking.length} ${t.colSites.toLowerCase()}`);
      })
      .catch(fail);
    return () => {
      current = false;
    };
  }, [collector, id, compare, attempt]);

  useEffect(() => {
    if (!id || !route.site) return setPages(null);
    let current = true;
    setPages(null);
    collector
      .campaignPages(id, route.site)
      .then((p) => current && setPages(p))
      .catch(fail);
    return () => {
      current = false;
    };
  }, [collector, id, route.site, attempt]);

  useEffect(() => {
    if (focusPages.current && pagesHeading.current) {
      pagesHeading.current.focus();
      focusPages.current = false;
    }
  });

  const head = (
    <>
      <h1>{t.campaignsTitle}</h1>
      <p class="intro">{t.campaignsIntro}</p>
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </>
  );

  if (error) {
    return (
      <main id="contenido" class="content">
        {head}
        <LoadErrorBox error={error} onRetry={retry} />
      </main>
    );
  }
  if (list && list.length === 0) {
    return (
      <main id="contenido" class="content">
        {head}
        <p>{t.campaignsEmpty}</p>
      </main>
    );
  }

  const site = view && route.site ? view.ranking.find((s) => s.siteId === route.site) : undefined;
  const compared = compare ? list?.find((c) => c.id === compare) : undefined;
  const map = view ? entidadScores(view.byEntidad) : null;
  const finished = view ? view.pages.queued === 0 && view.status !== 'cancelled' : false;
  const total = view ? Object.values(view.pages).reduce((a, b) => a + b, 0) - view.pages.cancelled : 0;
  const report = async (page: CampaignPage) => {
    if (!id) return;
    try {
      openReport(await collector.campaignReport(id, page.pageUrl), lang);
    } catch (e) {
      setMessage(`${t.actionFailed}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const download = async (file: OpenDataFile) => {
    if (!id) return;
    try {
      saveFile(file, await collector.download(`/v1/campaigns/${encodeURIComponent(id)}/datos-abiertos/${file}`));
    } catch (e) {
      setMessage(`${t.actionFailed}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <main id="contenido" class="content" aria-busy={view ? undefined : 'true'}>
      {head}
      {list ? (
        <div class="filters campaign-picker">
          <div class="field">
            <label for="campaign-select">{t.campaignPicker}</label>
            <select id="campaign-select" value={id ?? ''} onChange={(e) => onRoute({ campaign: e.currentTarget.value, compare: null, site: null })}>
              {[...list].reverse().map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} · {f.date(c.createdAt)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="compare-select">{t.comparePicker}</label>
            <select id="compare-select" value={compare ?? NO_COMPARE} onChange={(e) => onRoute({ ...route, campaign: id, compare: e.currentTarget.value })}>
              <option value={NO_COMPARE}>{t.compareNone}</option>
              {earlier.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} · {f.date(c.createdAt)}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      {!view || !map ? (
        <p role="status">{t.loading}</p>
      ) : (
        <>
          <p class="campaign-meta" data-testid="campaign-meta">
            <strong>{view.name}</strong>. {t.campaignMeta(view.asOf ? f.date(`${view.asOf}T12:00:00Z`) : '—', view.pages.done, total, finished ? t.campaignFinished : t.campaignStatus[view.status])}
          </p>
          {route.site ? (
            <CampaignPages
              name={site?.name ?? route.site}
              pages={pages}
              headingRef={pagesHeading}
              onReport={report}
              onClose={() => onRoute({ ...route, site: null })}
            />
          ) : null}
          <CampaignRanking
            ranking={view.ranking}
            onSelect={(s) => {
              focusPages.current = true;
              onRoute({ ...route, campaign: id, site: s.siteId });
            }}
          />
          <section aria-labelledby="campaign-charts-title" class="charts">
            <h2 id="campaign-charts-title">{t.chartsTitle}</h2>
            <div class="chart-grid">
              <MexicoMap entidades={map.entidades} elsewhere={map.elsewhere} t={t} f={f} lang={lang} />
              <Histogram bins={view.distribution} t={t} f={f} />
            </div>
          </section>
          {view.variation && compared ? <CampaignVariation rows={view.variation} against={compared.name} /> : null}
          <CampaignProfiles byAmbito={view.byAmbito} byEntidad={view.byEntidad} />
          <CampaignOpenData onDownload={download} />
        </>
      )}
    </main>
  );
}
