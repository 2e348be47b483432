/**
 * Reads config.json, keeps the token for the tab, and shows the login form or the tablero: the
 * panel or the campaigns, as the address says (model/route.ts).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { collectorClient, CollectorError, loadConfig, type DashboardConfig } from './api.js';
import { Campaigns } from './components/campaigns.js';
import { Dashboard } from './components/dashboard.js';
import { Header } from './components/header.js';
import { Login } from './components/login.js';
import { ViewNav } from './components/view-nav.js';
import type { Lang } from './i18n.js';
import { campaignQuery, routeFromQuery, type CampaignRoute, type Route } from './model/route.js';
import { session } from './session.js';
import { UiContext, uiFor } from './ui.js';

export function App() {
  const [lang, setLang] = useState<Lang>(() => session.lang());
  const [token, setToken] = useState<string | null>(() => session.token());
  const [config, setConfig] = useState<DashboardConfig | null>(null);
  const [configError, setConfigError] = useState<string | null>(null);
  const ui = useMemo(() => uiFor(lang), [lang]);
  const [route, setRoute] = useState<Route>(() => routeFromQuery(location.search));
  // The last campaign address seen, so the Campañas link returns to it.
  const [lastCampaign, setLastCampaign] = useState<CampaignRoute>(() => (route.view === 'campaigns' ? route : { campaign: null, compare: null, site: null }));

  useEffect(() => {
    const back = () => setRoute(routeFromQuery(location.search));
    addEventListener('popstate', back);
    return () => removeEventListener('popstate', back);
  }, []);
  const goPanel = () => {
    history.pushState(null, '', location.pathname);
    setRoute({ view: 'panel' });
  };
  const goCampaigns = (next: CampaignRoute) => {
    history.pushState(null, '', `${location.pathname}${campaignQuery(next)}`);
    setLastCampaign(next);
    setRoute({ view: 'campaigns', ...next });
  };

  useEffect(() => {
    loadConfig().then(setConfig, (e: unknown) => setConfigError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = ui.t.appTitle;
  }, [lang]);

  const collector = useMemo(() => (config && token ? collectorClient(config.collector, token, lang) : null), [config, token, lang]);
  const changeLang = (next: Lang) => {
    session.setLang(next);
    setLang(next);
  };
  const logout = () => {
    session.clearToken();
    setToken(null);
  };
  const verify = async (candidate: string) => {
    if (!config) return configError ?? 'config.json';
    try {
      await collectorClient(config.collector, candidate, lang).sites();
    } catch (e) {
      if (e instanceof CollectorError && (e.status === 401 || e.status === 403)) return 'unauthorized';
      return e instanceof Error ? e.message : String(e);
    }
    session.setToken(candidate);
    setToken(candidate);
    return 'ok';
  };

  return (
    <UiContext.Provider value={ui}>
      <a class="skip" href="#contenido">
        {ui.t.skip}
      </a>
      <Header onLang={changeLang} onLogout={collector ? logout : undefined} />
      {configError ? (
        <main id="contenido" class="content">
          <h1>{ui.t.appTitle}</h1>
          <p role="alert" class="error-box">
            {ui.t.noCollector}: {configError}
          </p>
        </main>
      ) : collector ? (
        <>
          <ViewNav current={route.view} onPanel={goPanel} onCampaigns={() => goCampaigns(lastCampaign)} campaignsHref={campaignQuery(lastCampaign)} />
          {route.view === 'campaigns' ? (
            <Campaigns collector={collector} route={route} onRoute={goCampaigns} onUnauthorized={logout} />
          ) : (
            <Dashboard collector={collector} pageLinks={config?.pageLinks} onUnauthorized={logout} />
          )}
        </>
      ) : (
        <Login verify={verify} />
      )}
    </UiContext.Provider>
  );
}
