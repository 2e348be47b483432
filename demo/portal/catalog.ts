/**
 * The demo portal's sujetos obligados and pages: one list that the server, the seeder, the tests
 * and the README read. Each page is a static file `demo/portal/<folder>/<slug>.html`, served at
 * `/<folder>/<slug>`, and known to feedback and audits by its canonical (published) URL
 * `<host>/<slug>`, so the data stays the same whatever local port the demo runs on.
 */
export type PageQuality = 'good' | 'poor';

export interface PortalSite {
  /** Collector site id. */
  id: string;
  name: string;
  /** Folder under demo/portal/ and first path segment on the local server. */
  folder: string;
  /** The fictional institution's published origin (canonical page URLs live here). */
  host: string;
  /** Public site key the widgets send (public by design, see docs/collector-api.md). */
  publicKey: string;
}

export interface PortalPage {
  site: PortalSite;
  slug: string;
  title: string;
  quality: PageQuality;
}

export const SITES = {
  agua: {
    id: 'agua-valle-esmeralda',
    name: 'Comisión Estatal del Agua de Valle Esmeralda',
    folder: 'agua',
    host: 'https://agua.valleesmeralda.gob.mx',
    publicKey: 'pk_demo_agua_valle_esmeralda',
  },
  salud: {
    id: 'salud-valle-esmeralda',
    name: 'Secretaría de Salud del Estado de Valle Esmeralda',
    folder: 'salud',
    host: 'https://salud.valleesmeralda.gob.mx',
    publicKey: 'pk_demo_salud_valle_esmeralda',
  },
} as const satisfies Record<string, PortalSite>;

/**
 * Where the state publishes `datos.json`, the open-data catalogue of both sujetos obligados
 * (served locally at `/datos.json`); its datasets name their sujeto obligado as publisher.
 */
export const CATALOGUE_URL = 'https://datos.valleesmeralda.gob.mx/datos.json';

const page = (site: PortalSite, slug: string, title: string, quality: PageQuality): PortalPage => ({ site, slug, title, quality });

/** Every audited page: eight proactive ones and six that only comply. */
export const PAGES: readonly PortalPage[] = [
  page(SITES.agua, 'tarifas', 'Tarifas de agua potable 2026', 'good'),
  page(SITES.agua, 'calidad-agua', 'Calidad del agua en tu municipio', 'good'),
  page(SITES.agua, 'cortes-programados', 'Cortes de agua programados', 'good'),
  page(SITES.agua, 'pipas', 'Pide una pipa de agua', 'good'),
  page(SITES.agua, 'licitaciones', 'Licitaciones', 'poor'),
  page(SITES.agua, 'ley-de-aguas', 'Marco normativo', 'poor'),
  page(SITES.agua, 'indicadores', 'Indicadores', 'poor'),
  page(SITES.salud, 'vacunacion', 'Dónde vacunarte', 'good'),
  page(SITES.salud, 'abasto-medicamentos', 'Abasto de medicamentos', 'good'),
  page(SITES.salud, 'dengue', 'Casos de dengue', 'good'),
  page(SITES.salud, 'espera-consulta', 'Espera para consulta', 'good'),
  page(SITES.salud, 'adquisiciones', 'Programa anual de adquisiciones', 'poor'),
  page(SITES.salud, 'reglamento-interior', 'Normatividad', 'poor'),
  page(SITES.salud, 'indicadores-mir', 'Indicadores de desempeño (MIR)', 'poor'),
];

/** Pages without widgets or audits: homes and privacy notices. */
export const CHROME_PAGES: readonly string[] = ['index.html', 'agua/index.html', 'agua/aviso-de-privacidad.html', 'salud/index.html', 'salud/aviso-de-privacidad.html'];

/** The URL feedback and audits are keyed on. */
export const canonicalUrl = (p: PortalPage): string => `${p.site.host}/${p.slug}`;
/** Path of the page on the local demo server. */
export const localPath = (p: PortalPage): string => `/${p.site.folder}/${p.slug}`;
/** File of the page, relative to demo/portal/. */
export const pageFile = (p: PortalPage): string => `${p.site.folder}/${p.slug}.html`;
/** Where the page's latest audit is served for <proactiva-score>, relative to demo/portal/. */
export const reportPath = (p: PortalPage): string => `${p.site.folder}/reportes/${p.slug}.json`;

export const siteList = (): PortalSite[] => Object.values(SITES);
export const pageByCanonical = (url: string): PortalPage | undefined => PAGES.find((p) => canonicalUrl(p) === url);

/** The date the portal's content describes (its update dates are relative to it). */
export const PORTAL_AS_OF = '2026-11-25T12:00:00.000Z';
