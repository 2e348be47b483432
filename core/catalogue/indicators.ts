import { identifyLicence } from '../signals/licence.js';
import { classifyFormat, type FormatInfo } from '../signals/formats.js';
import type { DatasetMetadata, Dimension, DistributionMetadata } from './schema.js';
import type { LocalizedText } from '../schemas/common.js';

/** How much of an indicator a dataset meets (0-1) and what was found. */
export interface Measure {
  share: number;
  found?: string;
}

export interface Indicator {
  id: string;
  dimension: Dimension;
  /** Mandatory in the Mexican open-data guide (design §2, "Open-data metadata"). */
  mandatory: boolean;
  max: number;
  title: LocalizedText;
  fix: LocalizedText;
  measure(d: DatasetMetadata): Measure;
}

const has = (value: string | undefined, found = value): Measure => (value ? { share: 1, found: found?.slice(0, 300) } : { share: 0 });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Share of distributions that satisfy a test (0 when there are none). */
function distShare(d: DatasetMetadata, test: (x: DistributionMetadata) => boolean, label: string): Measure {
  if (!d.distributions.length) return { share: 0, found: 'sin distribuciones' };
  const ok = d.distributions.filter(test).length;
  return { share: ok / d.distributions.length, found: `${ok}/${d.distributions.length} ${label}` };
}

export function distributionFormat(x: DistributionMetadata): FormatInfo | null {
  const href = x.downloadURL ?? x.accessURL;
  let url: URL;
  try {
    url = new URL(href ?? 'https://x.invalid/');
  } catch {
    url = new URL('https://x.invalid/');
  }
  return classifyFormat({ url, text: x.format ?? '', contentType: x.mediaType })?.format ?? null;
}

const L = (es: string, en: string): LocalizedText => ({ es, en });

/**
 * The indicators and their points, after the EU Metadata Quality Assessment's dimensions, with the
 * Mexican guide's mandatory fields weighted highest. Points add up to MAX_POINTS.
 */
export const INDICATORS: readonly Indicator[] = [
  { id: 'identifier', dimension: 'findability', mandatory: true, max: 20, title: L('Identificador', 'Identifier'), fix: L('Asigne un identificador único y estable (identifier).', 'Assign a unique, stable identifier.'), measure: (d) => has(d.identifier) },
  { id: 'title', dimension: 'findability', mandatory: true, max: 20, title: L('Título', 'Title'), fix: L('Escriba un título que diga qué datos contiene (title).', 'Write a title that says what data it holds.'), measure: (d) => has(d.title) },
  {
    id: 'description', dimension: 'findability', mandatory: true, max: 20, title: L('Descripción', 'Description'),
    fix: L('Describa el contenido, la cobertura y la fuente en al menos dos frases (description).', 'Describe content, coverage and source in at least two sentences.'),
    measure: (d) => (!d.description ? { share: 0 } : d.description.length >= 60 ? { share: 1, found: `${d.description.length} caracteres` } : { share: 0.5, found: `${d.description.length} caracteres` }),
  },
  { id: 'keywords', dimension: 'findability', mandatory: false, max: 15, title: L('Palabras clave', 'Keywords'), fix: L('Agregue palabras clave (keyword).', 'Add keywords.'), measure: (d) => has(d.keywords.length ? d.keywords.slice(0, 5).join(', ') : undefined) },
  { id: 'themes', dimension: 'findability', mandatory: false, max: 15, title: L('Temas o categorías', 'Themes or categories'), fix: L('Clasifique el conjunto en un tema (theme).', 'Classify the dataset under a theme.'), measure: (d) => has(d.themes.length ? d.themes.slice(0, 5).join(', ') : undefined) },
  { id: 'spatial', dimension: 'findability', mandatory: false, max: 10, title: L('Cobertura geográfica', 'Spatial coverage'), fix: L('Indique la cobertura geográfica (spatial).', 'State the spatial coverage.'), measure: (d) => has(d.spatial) },
  { id: 'temporal', dimension: 'findability', mandatory: false, max: 10, title: L('Periodo cubierto', 'Temporal coverage'), fix: L('Indique el periodo que cubren los datos (temporal).', 'State the period the data covers.'), measure: (d) => has(d.temporal) },
  { id: 'landing-page', dimension: 'accessibility', mandatory: true, max: 20, title: L('Página del conjunto', 'Landing page'), fix: L('Enlace la página donde se explica el conjunto (landingPage).', 'Link the page that explains the dataset (landingPage).'), measure: (d) => has(d.landingPage) },
  {
    id: 'download-url', dimension: 'accessibility', mandatory: true, max: 30, title: L('URL de descarga directa', 'Direct download URL'),
    fix: L('Dé a cada distribución una URL de descarga directa, sin registro (downloadURL).', 'Give each distribution a direct download URL, without registration.'),
    measure: (d) => distShare(d, (x) => Boolean(x.downloadURL && /^https?:\/\//i.test(x.downloadURL)), 'con downloadURL'),
  },
  {
    id: 'media-type', dimension: 'interoperability', mandatory: true, max: 20, title: L('Tipo de medio (MIME)', 'Media type (MIME)'),
    fix: L('Declare el tipo de medio de cada distribución, p. ej. text/csv (mediaType).', 'Declare each distribution’s media type, e.g. text/csv.'),
    measure: (d) => distShare(d, (x) => Boolean(x.mediaType && /^[\w.+-]+\/[\w.+-]+/.test(x.mediaType)), 'con mediaType'),
  },
  {
    id: 'open-format', dimension: 'interoperability', mandatory: false, max: 20, title: L('Formato abierto', 'Open format'),
    fix: L('Ofrezca al menos una distribución en CSV, JSON u otro formato abierto.', 'Offer at least one distribution as CSV, JSON or another open format.'),
    measure: (d) => {
      const best = d.distributions.map(distributionFormat).find((f) => f?.open && f.machineReadable);
      return best ? { share: 1, found: best.label } : { share: 0 };
    },
  },
  {
    id: 'machine-readable', dimension: 'interoperability', mandatory: false, max: 20, title: L('Legible por máquina', 'Machine-readable'),
    fix: L('Publique los datos en un formato que un programa lea directamente.', 'Publish the data in a format a program reads directly.'),
    measure: (d) => distShare(d, (x) => Boolean(distributionFormat(x)?.machineReadable), 'legibles por máquina'),
  },
  {
    id: 'contact-point', dimension: 'reusability', mandatory: true, max: 30, title: L('Punto de contacto con correo', 'Contact point with e-mail'),
    fix: L('Indique el área responsable y su correo (contactPoint.fn y hasEmail).', 'Name the responsible area and its e-mail (contactPoint fn and hasEmail).'),
    measure: (d) => {
      const mail = d.contactEmail && EMAIL.test(d.contactEmail);
      if (mail && d.contactName) return { share: 1, found: `${d.contactName} <${d.contactEmail}>` };
      if (mail || d.contactName) return { share: 0.5, found: (d.contactName ?? d.contactEmail)! };
      return { share: 0 };
    },
  },
  {
    id: 'licence', dimension: 'reusability', mandatory: false, max: 20, title: L('Licencia de libre uso', 'Open licence'),
    fix: L('Declare la Licencia de Libre Uso MX (o CC BY / CC0) (license).', 'Declare the Libre Uso MX licence (or CC BY / CC0).'),
    measure: (d) => {
      if (!d.license) return { share: 0 };
      const known = identifyLicence(d.license);
      return { share: known?.open ? 1 : 0.5, found: d.license };
    },
  },
  { id: 'publisher', dimension: 'reusability', mandatory: false, max: 10, title: L('Institución que publica', 'Publisher'), fix: L('Indique la institución que publica (publisher).', 'Name the publishing institution.'), measure: (d) => has(d.publisher) },
  {
    id: 'data-dictionary', dimension: 'reusability', mandatory: true, max: 20, title: L('Diccionario de datos', 'Data dictionary'),
    fix: L('Publique el diccionario de datos y enlácelo (describedBy).', 'Publish the data dictionary and link it (describedBy).'),
    measure: (d) => has(d.describedBy),
  },
  {
    id: 'modified', dimension: 'contextuality', mandatory: true, max: 20, title: L('Fecha de actualización (ISO 8601)', 'Modification date (ISO 8601)'),
    fix: L('Registre la fecha de última actualización en ISO 8601, AAAA-MM-DD (modified).', 'Record the last update date in ISO 8601, YYYY-MM-DD.'),
    measure: (d) => (!d.modified ? { share: 0 } : ISO_DATE.test(d.modified) ? { share: 1, found: d.modified } : { share: 0.5, found: d.modified }),
  },
  {
    id: 'accrual-periodicity', dimension: 'contextuality', mandatory: true, max: 20, title: L('Periodicidad de actualización', 'Update frequency'),
    fix: L('Declare cada cuándo se actualiza, p. ej. R/P3M trimestral (accrualPeriodicity).', 'Declare how often it is updated, e.g. R/P3M quarterly.'),
    measure: (d) => has(d.accrualPeriodicity),
  },
  { id: 'issued', dimension: 'contextuality', mandatory: false, max: 5, title: L('Fecha de publicación', 'Publication date'), fix: L('Registre la fecha de publicación (issued).', 'Record the publication date.'), measure: (d) => has(d.issued) },
  {
    id: 'byte-size', dimension: 'contextuality', mandatory: false, max: 5, title: L('Tamaño de los archivos', 'File sizes'), fix: L('Indique el tamaño de cada archivo (byteSize).', 'State each file’s size.'),
    measure: (d) => distShare(d, (x) => x.byteSize !== undefined, 'con byteSize'),
  },
];

export const MAX_POINTS = INDICATORS.reduce((sum, i) => sum + i.max, 0);
