import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { csvCell } from '../core/report/csv.js';
import { RulesRef } from '../core/rules/schema.js';
import { CriterionId } from '../core/schemas/common.js';
import type { Campaign } from './campaigns.js';
import { OPEN_DATA_FILES, type OpenDataFile } from './open-data-files.js';
import { loadRanking } from './summary-load.js';
import type { SiteScore } from './summary.js';
import type { CampaignDatabase } from './tables.js';

const CRITERIA = CriterionId.options;
const BASE_FIELDS = [
  { name: 'campaign_id', type: 'string', description: 'Identificador de la campaña' },
  { name: 'site_id', type: 'string', description: 'Clave del sujeto obligado en el padrón' },
  { name: 'site_name', type: 'string', description: 'Nombre del sujeto obligado' },
  { name: 'ambito', type: 'string', description: 'Ámbito de gobierno', constraints: { enum: ['federal', 'estatal', 'municipal'] } },
  { name: 'entidad', type: 'string', description: 'Entidad federativa' },
  { name: 'page_url', type: 'string', format: 'uri', description: 'Página evaluada (como se encoló)' },
  { name: 'final_url', type: 'string', format: 'uri', description: 'URL tras redirecciones' },
  { name: 'audited_at', type: 'datetime', description: 'Fecha y hora de la evaluación (UTC)' },
  { name: 'score', type: 'number', description: 'Puntaje 0-100 de la página' },
  { name: 'band', type: 'string', description: 'Nivel del puntaje' },
  { name: 'rules_id', type: 'string', description: 'Conjunto de reglas con que se evaluó (id)' },
  { name: 'rules_version', type: 'string', description: 'Versión del conjunto de reglas' },
  { name: 'rules_hash', type: 'string', description: 'Huella (SHA-256) del contenido del conjunto de reglas' },
] as const;

export interface ExportRow {
  campaign_id: string;
  site_id: string;
  site_name: string;
  ambito: string;
  entidad: string;
  page_url: string;
  final_url: string;
  audited_at: string;
  score: number | null;
  band: string | null;
  rules: RulesRef | null;
  criteria: Record<string, number | null>;
}

/** Every stored result of a campaign with its sujeto obligado, in site then page order. */
export async function exportRows(db: Kysely<CampaignDatabase>, campaignId: string): Promise<ExportRow[]> {
  const rows = await db
    .selectFrom('campaign_result as r')
    .innerJoin('campaign_site as s', (j) => j.onRef('s.campaign_id', '=', 'r.campaign_id').onRef('s.site_id', '=', 'r.site_id'))
    .select(['r.campaign_id', 'r.site_id', 's.name', 's.ambito', 's.entidad', 'r.page_url', 'r.final_url', 'r.audited_at', 'r.score', 'r.band', 'r.criteria', 'r.report'])
    .where('r.campaign_id', '=', campaignId)
    .orderBy('r.site_id')
    .orderBy('r.page_url')
    .execute();
  return rows.map((r) => ({
    campaign_id: r.campaign_id,
    site_id: r.site_id,
    site_name: r.name,
    ambito: r.ambito,
    entidad: r.entidad,
    page_url: r.page_url,
    final_url: r.final_url,
    audited_at: r.audited_at,
    score: r.score === null ? null : Number(r.score),
    band: r.band,
    rules: rulesOfReport(r.report),
    criteria: JSON.parse(r.criteria) as Record<string, number | null>,
  }));
}

/** The rule set a stored report names (null for a report without one). */
function rulesOfReport(report: string): RulesRef | null {
  const parsed = RulesRef.safeParse((JSON.parse(report) as { rules?: unknown }).rules);
  return parsed.success ? parsed.data : null;
}

const SITE_FIELDS = [
  { name: 'site_id', type: 'string', description: 'Clave del sujeto obligado en el padrón' },
  { name: 'site_name', type: 'string', description: 'Nombre del sujeto obligado' },
  { name: 'ambito', type: 'string', description: 'Ámbito de gobierno', constraints: { enum: ['federal', 'estatal', 'municipal'] } },
  { name: 'entidad', type: 'string', description: 'Entidad federativa' },
  { name: 'pages', type: 'integer', description: 'Páginas de la campaña para el sujeto obligado (sin canceladas)' },
  { name: 'audited', type: 'integer', description: 'Páginas evaluadas' },
  { name: 'coverage', type: 'number', description: 'Cobertura: evaluadas ÷ páginas (0-1)' },
  { name: 'score', type: 'number', description: 'Puntaje medio de sus páginas evaluadas (0-100)' },
  { name: 'band', type: 'string', description: 'Nivel del puntaje medio' },
] as const;

/** The ranking of sujetos obligados as CSV, best first. */
export function sitesToCsv(sites: readonly SiteScore[]): string {
  const header = [...SITE_FIELDS.map((f) => f.name), ...CRITERIA];
  const lines = sites.map((s) =>
    [s.siteId, s.name, s.ambito, s.entidad, s.pages, s.audited, Math.round(s.coverage * 1000) / 1000, s.score, s.band, ...CRITERIA.map((c) => s.criteria[c])].map(csvCell).join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

export function rowsToCsv(rows: readonly ExportRow[]): string {
  const header = [...BASE_FIELDS.map((f) => f.name), ...CRITERIA];
  const lines = rows.map((r) =>
    [r.campaign_id, r.site_id, r.site_name, r.ambito, r.entidad, r.page_url, r.final_url, r.audited_at, r.score, r.band, r.rules?.id ?? null, r.rules?.version ?? null, r.rules?.hash ?? null, ...CRITERIA.map((c) => r.criteria[c] ?? null)]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

/** A Frictionless tabular data resource: a CSV file (RFC 4180, CRLF, header row) and its Table Schema. */
function csvResource(name: string, path: string, fields: readonly object[], primaryKey: string[], rows: number): object {
  return {
    name,
    path,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
    schema: { fields, primaryKey, missingValues: [''] },
    rows,
  };
}

/** A Frictionless Data Package describing the two CSV files (Table Schema) and the JSON beside them. */
export function dataPackage(campaign: Campaign, rows: number, sites: number): object {
  const criterionFields = (what: string) => CRITERIA.map((c) => ({ name: c, type: 'number', description: `${what} ${c} (0-100)` }));
  return {
    profile: 'data-package',
    name: `proactiva-campana-${campaign.id.toLowerCase().replace(/[^a-z0-9._-]+/g, '-')}`,
    title: `Proactiva — campaña «${campaign.name}»`,
    description: 'Resultados de la verificación de transparencia proactiva (Decálogo) por página y sujeto obligado.',
    created: new Date().toISOString(),
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: [
      csvResource('resultados', 'resultados.csv', [...BASE_FIELDS, ...criterionFields('Puntaje del criterio')], ['campaign_id', 'page_url'], rows),
      { name: 'resultados-json', path: 'resultados.json', format: 'json', mediatype: 'application/json', encoding: 'utf-8' },
      csvResource('sujetos-obligados', 'sujetos-obligados.csv', [...SITE_FIELDS, ...criterionFields('Puntaje medio del criterio')], ['site_id'], sites),
    ],
  };
}

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** One open-data file from the rows and the ranking it is made of. */
function openDataText(campaign: Campaign, name: OpenDataFile, rows: readonly ExportRow[], sites: readonly SiteScore[]): string {
  switch (name) {
    case 'resultados.csv':
      return rowsToCsv(rows);
    case 'resultados.json':
      return asJson(rows);
    case 'sujetos-obligados.csv':
      return sitesToCsv(sites);
    case 'datapackage.json':
      return asJson(dataPackage(campaign, rows.length, sites.length));
  }
}

/** One of a campaign's open-data files, reading only what it is made of (the collector serves them one by one). */
export async function openDataFile(db: Kysely<CampaignDatabase>, campaign: Campaign, name: OpenDataFile): Promise<string> {
  const rows = name === 'sujetos-obligados.csv' ? [] : await exportRows(db, campaign.id);
  const sites = name === 'resultados.csv' || name === 'resultados.json' ? [] : await loadRanking(db, campaign.id);
  return openDataText(campaign, name, rows, sites);
}

/** Writes resultados.csv, resultados.json, sujetos-obligados.csv and datapackage.json into `dir`; returns the page rows written. */
export async function exportCampaign(db: Kysely<CampaignDatabase>, campaign: Campaign, dir: string): Promise<number> {
  const rows = await exportRows(db, campaign.id);
  const sites = await loadRanking(db, campaign.id);
  await mkdir(dir, { recursive: true });
  for (const name of OPEN_DATA_FILES) await writeFile(join(dir, name), openDataText(campaign, name, rows, sites), 'utf8');
  return rows.length;
}
