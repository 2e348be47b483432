/**
 * Download formats and their openness stars (design §2 reference table, after CKAN's ckanext-qa and
 * Berners-Lee's five stars). Pure data plus a classifier: extension first, then MIME type, then the
 * link's text ("Descargar CSV").
 */
export type FormatId =
  | 'rdf' | 'ttl' | 'n3' | 'jsonld' | 'sparql'
  | 'csv' | 'tsv' | 'json' | 'geojson' | 'xml' | 'gml' | 'kml' | 'kmz' | 'ods' | 'netcdf' | 'ogc' | 'rss' | 'ics' | 'api'
  | 'xls' | 'xlsx' | 'mdb' | 'dbf' | 'shp' | 'esri'
  | 'pdf' | 'doc' | 'docx' | 'odt' | 'txt' | 'ppt' | 'zip' | 'image';

export interface FormatInfo {
  id: FormatId;
  label: string;
  /** 0-5 openness stars. */
  stars: number;
  /** Structured data a program can read (3★ and up, plus spreadsheets). */
  machineReadable: boolean;
  /** An open, non-proprietary specification. */
  open: boolean;
  /** Documents for people (PDF, Word, images), not data. */
  document: boolean;
}

const F = (id: FormatId, label: string, stars: number, machineReadable: boolean, open: boolean, document = false): FormatInfo => ({
  id, label, stars, machineReadable, open, document,
});

export const FORMATS: Record<FormatId, FormatInfo> = {
  rdf: F('rdf', 'RDF', 5, true, true),
  ttl: F('ttl', 'Turtle', 5, true, true),
  n3: F('n3', 'N3', 5, true, true),
  jsonld: F('jsonld', 'JSON-LD', 5, true, true),
  sparql: F('sparql', 'SPARQL', 5, true, true),
  csv: F('csv', 'CSV', 3, true, true),
  tsv: F('tsv', 'TSV', 3, true, true),
  json: F('json', 'JSON', 3, true, true),
  geojson: F('geojson', 'GeoJSON', 3, true, true),
  xml: F('xml', 'XML', 3, true, true),
  gml: F('gml', 'GML', 3, true, true),
  kml: F('kml', 'KML', 3, true, true),
  kmz: F('kmz', 'KMZ', 3, true, true),
  ods: F('ods', 'ODS', 3, true, true),
  netcdf: F('netcdf', 'NetCDF', 3, true, true),
  ogc: F('ogc', 'OGC (WMS/WFS)', 3, true, true),
  rss: F('rss', 'RSS/Atom', 3, true, true),
  ics: F('ics', 'iCalendar', 3, true, true),
  api: F('api', 'API', 3, true, true),
  xls: F('xls', 'XLS', 2, true, false),
  xlsx: F('xlsx', 'XLSX', 2, true, false),
  mdb: F('mdb', 'MDB', 2, true, false),
  dbf: F('dbf', 'DBF', 2, true, false),
  shp: F('shp', 'Shapefile', 2, true, false),
  esri: F('esri', 'Esri REST', 2, true, false),
  pdf: F('pdf', 'PDF', 1, false, false, true),
  doc: F('doc', 'DOC', 1, false, false, true),
  docx: F('docx', 'DOCX', 1, false, false, true),
  odt: F('odt', 'ODT', 1, false, true, true),
  txt: F('txt', 'TXT', 1, false, true, true),
  ppt: F('ppt', 'PPT', 1, false, false, true),
  zip: F('zip', 'ZIP', 1, false, false),
  image: F('image', 'Imagen', 1, false, false, true),
};

const BY_EXTENSION: Record<string, FormatId> = {
  rdf: 'rdf', owl: 'rdf', ttl: 'ttl', n3: 'n3', nt: 'n3', jsonld: 'jsonld',
  csv: 'csv', tsv: 'tsv', tab: 'tsv', json: 'json', geojson: 'geojson', xml: 'xml', gml: 'gml',
  kml: 'kml', kmz: 'kmz', ods: 'ods', nc: 'netcdf', rss: 'rss', atom: 'rss', ics: 'ics',
  xls: 'xls', xlsx: 'xlsx', xlsm: 'xlsx', mdb: 'mdb', accdb: 'mdb', dbf: 'dbf', shp: 'shp',
  pdf: 'pdf', doc: 'doc', docx: 'docx', odt: 'odt', txt: 'txt', ppt: 'ppt', pptx: 'ppt',
  zip: 'zip', rar: 'zip', '7z': 'zip', gz: 'zip',
  png: 'image', jpg: 'image', jpeg: 'image', gif: 'image', tif: 'image', tiff: 'image', bmp: 'image', webp: 'image',
};

const BY_MIME: [RegExp, FormatId][] = [
  [/^application\/ld\+json/, 'jsonld'],
  [/^(application\/rdf\+xml|text\/turtle|text\/n3|application\/n-triples)/, 'rdf'],
  [/^application\/sparql-results/, 'sparql'],
  [/^(text\/csv|application\/csv)/, 'csv'],
  [/^text\/tab-separated-values/, 'tsv'],
  [/^application\/(geo\+json|vnd\.geo\+json)/, 'geojson'],
  [/^application\/(json|[\w.+-]+\+json)/, 'json'],
  [/^application\/vnd\.google-earth\.kml\+xml/, 'kml'],
  [/^application\/vnd\.google-earth\.kmz/, 'kmz'],
  [/^application\/(rss|atom)\+xml/, 'rss'],
  [/^(application|text)\/([\w.+-]+\+)?xml/, 'xml'],
  [/^application\/vnd\.oasis\.opendocument\.spreadsheet/, 'ods'],
  [/^application\/vnd\.oasis\.opendocument\.text/, 'odt'],
  [/^application\/vnd\.openxmlformats-officedocument\.spreadsheetml/, 'xlsx'],
  [/^application\/vnd\.ms-excel/, 'xls'],
  [/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml/, 'docx'],
  [/^application\/msword/, 'doc'],
  [/^application\/(vnd\.ms-powerpoint|vnd\.openxmlformats-officedocument\.presentationml)/, 'ppt'],
  [/^application\/pdf/, 'pdf'],
  [/^text\/calendar/, 'ics'],
  [/^text\/plain/, 'txt'],
  [/^application\/(zip|x-zip-compressed|x-rar|x-7z|gzip)/, 'zip'],
  [/^image\//, 'image'],
];

/** Link text that names a format: "Descargar CSV", "(XLSX, 2 MB)", "Datos en JSON". */
const TEXT_HINTS: [RegExp, FormatId][] = [
  [/(?<![\p{L}-])json-ld(?!\p{L})/iu, 'jsonld'],
  [/(?<!\p{L})(rdf|turtle)(?!\p{L})/iu, 'rdf'],
  [/(?<!\p{L})sparql(?!\p{L})/iu, 'sparql'],
  [/(?<!\p{L})geojson(?!\p{L})/iu, 'geojson'],
  [/(?<!\p{L})csv(?!\p{L})/iu, 'csv'],
  [/(?<!\p{L})tsv(?!\p{L})/iu, 'tsv'],
  [/(?<!\p{L})json(?!\p{L})/iu, 'json'],
  [/(?<!\p{L})kmz(?!\p{L})/iu, 'kmz'],
  [/(?<!\p{L})kml(?!\p{L})/iu, 'kml'],
  [/(?<!\p{L})ods(?!\p{L})/iu, 'ods'],
  [/(?<!\p{L})xlsx(?!\p{L})/iu, 'xlsx'],
  [/(?<!\p{L})(xls|excel)(?!\p{L})/iu, 'xls'],
  [/(?<!\p{L})xml(?!\p{L})/iu, 'xml'],
  [/(?<!\p{L})(shp|shapefile)(?!\p{L})/iu, 'shp'],
  [/(?<!\p{L})pdf(?!\p{L})/iu, 'pdf'],
  [/(?<!\p{L})docx(?!\p{L})/iu, 'docx'],
  [/(?<!\p{L})(doc|word)(?!\p{L})/iu, 'doc'],
  [/(?<!\p{L})(zip|rar)(?!\p{L})/iu, 'zip'],
];

const API_PATH = /\/api(\/|$)|\/api\/3\/action\/|\/odata(\/|$)|\/rest\/services\/|\/sparql(\/|$)|[?&](format|f|output)=(json|csv|geojson|xml)(&|$)|[?&]service=(wms|wfs)/i;
const OGC_PATH = /[?&]service=(wms|wfs|wcs)/i;
const ESRI_PATH = /\/arcgis\/rest\/services\//i;
const TABLE_IMAGE_TEXT = /tabla|cuadro|estad[íi]stica|cifras|anexo|padr[óo]n|relaci[óo]n de/iu;

export function extensionOf(pathname: string): string {
  const last = pathname.split('/').pop() ?? '';
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(dot + 1).toLowerCase() : '';
}

export interface FormatEvidenceInput {
  url: URL;
  text: string;
  contentType?: string | undefined;
}

export interface FormatGuess {
  format: FormatInfo;
  /** How the format was found. */
  by: 'mime' | 'extension' | 'url' | 'text';
  /** An image whose text says it is a table (scored 1★, design §2 deviation). */
  tableImage: boolean;
}

/**
 * Classifies a link. HEAD's Content-Type wins when present and specific (a ".csv" served as
 * text/html is an HTML page, not a CSV: returns null), then the path's extension, API-like URLs,
 * then the link text.
 */
export function classifyFormat({ url, text, contentType }: FormatEvidenceInput): FormatGuess | null {
  const mime = (contentType ?? '').toLowerCase().trim();
  if (mime && !/^(application\/octet-stream|binary\/octet-stream|application\/force-download)/.test(mime)) {
    if (/^(text\/html|application\/xhtml)/.test(mime)) return null;
    const hit = BY_MIME.find(([pattern]) => pattern.test(mime));
    if (hit) return guess(FORMATS[hit[1]], 'mime', text);
  }
  const ext = extensionOf(url.pathname);
  const byExt = BY_EXTENSION[ext];
  if (byExt) return guess(FORMATS[byExt], 'extension', text);
  if (OGC_PATH.test(url.search)) return guess(FORMATS.ogc, 'url', text);
  if (ESRI_PATH.test(url.pathname)) return guess(FORMATS.esri, 'url', text);
  if (API_PATH.test(url.pathname + url.search)) return guess(FORMATS.api, 'url', text);
  const byText = TEXT_HINTS.find(([pattern]) => pattern.test(text));
  if (byText) return guess(FORMATS[byText[1]], 'text', text);
  return null;
}

function guess(format: FormatInfo, by: FormatGuess['by'], text: string): FormatGuess {
  return { format, by, tableImage: format.id === 'image' && TABLE_IMAGE_TEXT.test(text) };
}
