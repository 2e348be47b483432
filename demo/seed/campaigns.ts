/**
 * Two finished campaigns for the tablero's campaign view, over a padrón that is partly fictional:
 * the portal's two sujetos obligados (Valle Esmeralda, itself a fictional state, so not on the
 * map) and fourteen fictional ones in real entidades, each given some of the portal's pages under
 * its own (fictional) address. Every page is audited by the campaign worker's own `auditPage`,
 * as it looked at one of the portal's history rounds (history.ts), and stored through the
 * worker's `resultRow` (recordAuditedCampaign): nothing is hand-scored. The earlier campaign sees
 * older versions than the later one, so the tasa de variación is the pages' own history.
 */
import type { Kysely } from 'kysely';
import { auditPage } from '../../campaigns/audit-page.js';
import { CampaignOptions } from '../../campaigns/options.js';
import type { PadronEntry } from '../../campaigns/padron.js';
import { recordAuditedCampaign, type AuditedPage } from '../../campaigns/record-audited.js';
import type { CampaignDatabase } from '../../campaigns/tables.js';
import { snapshotFromHtml } from '../../core/node/snapshot.js';
import { canonicalUrl, PAGES, SITES, type PortalPage } from '../portal/catalog.js';
import { backdatedClock, pageVersion } from './audit-history.js';
import { DEMO_CAMPAIGNS, type DemoCampaign } from './campaign-ids.js';
import { AUDIT_ROUNDS } from './timeline.js';

/** A sujeto obligado of the demo padrón: its pages (portal slugs) and the history round each campaign sees. */
export interface DemoEntry {
  id: string;
  name: string;
  ambito: 'federal' | 'estatal' | 'municipal';
  entidad: string;
  /** Whose portal pages it publishes (their HTML and history). */
  source: 'agua' | 'salud';
  slugs: readonly string[];
  /** History round (1-4, under the 2025 law) seen by the earlier campaign; null: not in its padrón. */
  before: number | null;
  now: number;
}

const ALL_AGUA = PAGES.filter((p) => p.site.id === SITES.agua.id).map((p) => p.slug);
const ALL_SALUD = PAGES.filter((p) => p.site.id === SITES.salud.id).map((p) => p.slug);

export const DEMO_PADRON: readonly DemoEntry[] = [
  { id: SITES.agua.id, name: SITES.agua.name, ambito: 'estatal', entidad: 'Valle Esmeralda', source: 'agua', slugs: ALL_AGUA, before: 2, now: 4 },
  { id: SITES.salud.id, name: SITES.salud.name, ambito: 'estatal', entidad: 'Valle Esmeralda', source: 'salud', slugs: ALL_SALUD, before: 2, now: 4 },
  { id: 'ficticio-agua-jalisco', name: 'Comisión Estatal del Agua de Jalisco (ficticia)', ambito: 'estatal', entidad: 'Jalisco', source: 'agua', slugs: ['tarifas', 'calidad-agua', 'cortes-programados', 'pipas', 'licitaciones'], before: 1, now: 4 },
  { id: 'ficticio-agua-zapopan', name: 'Sistema de Agua Potable de Zapopan (ficticio)', ambito: 'municipal', entidad: 'Jalisco', source: 'agua', slugs: ['pipas', 'cortes-programados', 'licitaciones', 'indicadores'], before: 2, now: 3 },
  { id: 'ficticio-salud-oaxaca', name: 'Servicios de Salud de Oaxaca (ficticios)', ambito: 'estatal', entidad: 'Oaxaca', source: 'salud', slugs: ['vacunacion', 'adquisiciones', 'reglamento-interior', 'indicadores-mir'], before: 1, now: 2 },
  { id: 'ficticio-salud-nuevo-leon', name: 'Secretaría de Salud de Nuevo León (ficticia)', ambito: 'estatal', entidad: 'Nuevo León', source: 'salud', slugs: ['vacunacion', 'abasto-medicamentos', 'dengue', 'espera-consulta'], before: 2, now: 4 },
  { id: 'ficticio-agua-yucatan', name: 'Junta de Agua Potable de Yucatán (ficticia)', ambito: 'estatal', entidad: 'Yucatán', source: 'agua', slugs: ['calidad-agua', 'ley-de-aguas', 'indicadores'], before: 2, now: 2 },
  { id: 'ficticio-salud-chiapas', name: 'Instituto de Salud de Chiapas (ficticio)', ambito: 'estatal', entidad: 'Chiapas', source: 'salud', slugs: ['adquisiciones', 'reglamento-interior', 'indicadores-mir'], before: 1, now: 4 },
  { id: 'ficticio-agua-puebla', name: 'Organismo Operador de Agua de Puebla (ficticio)', ambito: 'municipal', entidad: 'Puebla', source: 'agua', slugs: ['tarifas', 'pipas', 'ley-de-aguas'], before: 1, now: 3 },
  { id: 'ficticio-salud-cdmx', name: 'Secretaría de Salud de la Ciudad de México (ficticia)', ambito: 'estatal', entidad: 'Ciudad de México', source: 'salud', slugs: ['dengue', 'espera-consulta', 'abasto-medicamentos', 'indicadores-mir'], before: 2, now: 4 },
  { id: 'ficticio-agua-nacional', name: 'Comisión Nacional del Agua (ficticia)', ambito: 'federal', entidad: 'Nacional', source: 'agua', slugs: ['tarifas', 'calidad-agua', 'ley-de-aguas', 'licitaciones', 'indicadores'], before: 2, now: 4 },
  { id: 'ficticio-salud-sonora', name: 'Secretaría de Salud de Sonora (ficticia)', ambito: 'estatal', entidad: 'Sonora', source: 'salud', slugs: ['espera-consulta', 'adquisiciones'], before: 1, now: 3 },
  { id: 'ficticio-agua-veracruz', name: 'Comisión del Agua de Veracruz (ficticia)', ambito: 'estatal', entidad: 'Veracruz', source: 'agua', slugs: ['cortes-programados', 'licitaciones', 'ley-de-aguas', 'indicadores'], before: 1, now: 3 },
  { id: 'ficticio-salud-guanajuato', name: 'Secretaría de Salud de Guanajuato (ficticia)', ambito: 'estatal', entidad: 'Guanajuato', source: 'salud', slugs: ['vacunacion', 'dengue'], before: 1, now: 4 },
  { id: 'ficticio-agua-edomex', name: 'Comisión del Agua del Estado de México (ficticia)', ambito: 'estatal', entidad: 'Estado de México', source: 'agua', slugs: ['tarifas', 'indicadores', 'licitaciones'], before: 2, now: 4 },
  { id: 'ficticio-salud-zacatecas', name: 'Servicios de Salud de Zacatecas (ficticios)', ambito: 'estatal', entidad: 'Zacatecas', source: 'salud', slugs: ['abasto-medicamentos', 'adquisiciones'], before: null, now: 4 },
];

/** The address a demo sujeto obligado publishes a page at: the portal's own canonical URL, or a fictional host. */
export function demoPageUrl(entry: DemoEntry, page: PortalPage): string {
  return entry.id === page.site.id ? canonicalUrl(page) : `https://${entry.id.replace(/^ficticio-/, '')}.ficticio.gob.mx/${page.slug}`;
}

const portalOf = (entry: DemoEntry) => `${new URL(demoPageUrl(entry, { site: SITES[entry.source], slug: '', title: '', quality: 'good' })).origin}/`;

/** What `proactiva campaign create --as-of <date> --start /` would store. */
const optionsOf = (campaign: DemoCampaign): CampaignOptions => CampaignOptions.parse({ crawl: { start: ['/'] }, audit: { asOf: campaign.asOf } });

function auditCampaign(portalDir: string, campaign: DemoCampaign, entries: readonly DemoEntry[], round: (e: DemoEntry) => number): AuditedPage[] {
  const { audit } = optionsOf(campaign);
  const at = `${campaign.asOf}T16:00:00.000Z`;
  return entries.flatMap((entry) =>
    entry.slugs.map((slug) => {
      const page = PAGES.find((p) => p.site.id === SITES[entry.source].id && p.slug === slug);
      if (!page) throw new Error(`demo padrón: ${entry.id} names an unknown page ${slug}`);
      const r = round(entry);
      const roundAt = AUDIT_ROUNDS[page.site.id]?.[r];
      if (!roundAt || roundAt > at) throw new Error(`demo padrón: ${entry.id} sees round ${r}, which is not before ${campaign.asOf}`);
      const url = demoPageUrl(entry, page);
      // The page as it was at that round, fetched and audited on the campaign's date.
      const html = pageVersion(portalDir, page, r, roundAt);
      return { siteId: entry.id, url, report: auditPage(snapshotFromHtml(html, { url, fetchedAt: at }), audit, backdatedClock(at)) };
    }),
  );
}

function padron(entries: readonly DemoEntry[]): PadronEntry[] {
  return entries.map((e) => ({ id: e.id, name: e.name, ambito: e.ambito, entidad: e.entidad, urls: [portalOf(e)] }));
}

/** Stores both campaigns (each only if absent); returns how many page audits were stored. */
export async function seedCampaigns(db: Kysely<CampaignDatabase>, portalDir: string, entries: readonly DemoEntry[] = DEMO_PADRON): Promise<number> {
  let stored = 0;
  const plan: [DemoCampaign, DemoEntry[], (e: DemoEntry) => number][] = [
    [DEMO_CAMPAIGNS.before, entries.filter((e) => e.before !== null), (e) => e.before!],
    [DEMO_CAMPAIGNS.now, [...entries], (e) => e.now],
  ];
  for (const [campaign, members, round] of plan) {
    if (await db.selectFrom('campaign').select('id').where('id', '=', campaign.id).executeTakeFirst()) continue;
    const pages = auditCampaign(portalDir, campaign, members, round);
    const created = await recordAuditedCampaign(db, {
      id: campaign.id,
      name: campaign.name,
      options: optionsOf(campaign),
      createdAt: `${campaign.asOf}T09:00:00.000Z`,
      entries: padron(members),
      pages,
    });
    if (created) stored += pages.length;
  }
  return stored;
}
