/**
 * How each portal page looked at each audit round: the features it did not have yet and the
 * dates and months it showed. Good pages improved over the year (a tasa de variación to see);
 * poor ones stayed poor or slipped. One good page fell behind its schedule for a while.
 */
import type { PortalPage } from '../portal/catalog.js';
import type { Edit } from './edits.js';
import { lastPublication, previousMonth, spanishMonth } from './timeline.js';

const section = (heading: string): Edit => ({ kind: 'remove-section', heading });
const links = (hrefEndsWith: string): Edit => ({ kind: 'remove-links', hrefEndsWith });
const meta = (term: string): Edit => ({ kind: 'remove-meta', term });
const jsonld: Edit = { kind: 'remove-jsonld' };
const text = (from: string, to: string, optional = false): Edit => ({ kind: 'replace-text', from, to, optional });
const updated = (day: string): Edit => ({ kind: 'set-updated', day });
const insertBefore = (heading: string, html: string): Edit => ({ kind: 'insert-before-section', heading, html });

/** A monthly dataset page as of an audit: its update date and the latest month it covers. */
function monthly(round: string, publicationDay: number, current: string, stale?: { updated: string; month: [number, number] }): Edit[] {
  const day = stale?.updated ?? lastPublication(round, publicationDay);
  const [y, m] = stale?.month ?? previousMonth(day);
  const month = spanishMonth(y, m);
  return month === current ? [updated(day)] : [updated(day), text(current, month, true), text(capitalise(current), capitalise(month), true)];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type History = (round: number, at: string) => Edit[];

const HISTORIES: Record<string, History> = {
  // Water tariffs: a PDF in January, then CSV and licence, then JSON and metadata, then FAQ and reuse.
  tarifas: (r) =>
    r === 0
      ? [
          section('Descarga los datos'),
          insertBefore('Datos del conjunto', '<h2>Descarga</h2><p><a href="documentos/tarifas-2026.pdf">Tarifas 2026 (PDF)</a></p>'),
          jsonld,
          section('¿Para qué sirve'),
          section('Lo más importante'),
          meta('Periodicidad'),
          meta('Contacto'),
          meta('Fuente'),
          meta('Metodología'),
          meta('Licencia'),
          section('Preguntas frecuentes'),
          section('Uso de los datos'),
        ]
      : r === 1
        ? [links('.json'), links('diccionario.csv'), jsonld, meta('Fuente'), meta('Metodología'), section('Preguntas frecuentes'), section('Uso de los datos')]
        : r === 2
          ? [section('Preguntas frecuentes'), section('Uso de los datos')]
          : r === 3
            ? [section('Uso de los datos')]
            : [],
  'calidad-agua': (r, at) => [
    ...monthly(at, 6, 'octubre de 2026'),
    ...(at < '2026-11' ? [text('En octubre', `En ${spanishMonth(...previousMonth(lastPublication(at, 6))).split(' ')[0]}`)] : []),
    ...(r === 0 ? [section('¿Para qué sirve'), links('diccionario.csv'), links('.json'), jsonld, section('Preguntas frecuentes'), meta('Metodología'), section('Uso de los datos')] : []),
    ...(r === 1 ? [section('¿Para qué sirve'), jsonld, section('Preguntas frecuentes')] : []),
    ...(r === 2 ? [section('Preguntas frecuentes')] : []),
  ],
  'cortes-programados': (r, at) => [
    updated(at.slice(0, 10)),
    ...(at < '2026-11' ? [text('noviembre de 2026', spanishMonth(Number(at.slice(0, 4)), Number(at.slice(5, 7)))), text('Noviembre de 2026', capitalise(spanishMonth(Number(at.slice(0, 4)), Number(at.slice(5, 7)))))] : []),
    ...(r === 0 ? [section('Preguntas frecuentes'), section('Uso de los datos')] : []),
  ],
  pipas: (r, at) => [
    ...monthly(at, 4, 'octubre de 2026'),
    ...(r === 0 ? [section('Descarga los datos'), section('Uso de los datos'), section('Preguntas frecuentes'), jsonld, meta('Licencia'), meta('Fuente'), meta('Metodología'), meta('Periodicidad')] : []),
    ...(r === 1 ? [links('.json'), links('diccionario.csv'), jsonld, section('Uso de los datos')] : []),
    ...(r === 2 ? [section('Uso de los datos')] : []),
  ],
  vacunacion: (r, at) => [
    ...monthly(at, 3, 'noviembre de 2026'),
    ...(at < '2026-10'
      ? [text('13 de octubre de 2026 al 31 de marzo de 2027', at < '2025-10' ? '15 de octubre de 2024 al 31 de marzo de 2025' : '14 de octubre de 2025 al 31 de marzo de 2026')]
      : []),
    ...(r === 0 ? [links('.json'), jsonld] : r === 1 ? [jsonld] : []),
  ],
  // Medicine supply: a monthly PDF report until March, then open data.
  'abasto-medicamentos': (r, at) => [
    ...monthly(at, 10, 'octubre de 2026'),
    ...(r === 0
      ? [
          section('Descarga los datos'),
          insertBefore('Datos del conjunto', '<h2>Informes</h2><p><a href="documentos/informe-abasto.pdf">Informe mensual de abasto (PDF)</a></p>'),
          meta('Licencia'),
          jsonld,
          section('Preguntas frecuentes'),
          section('Uso de los datos'),
          section('¿Para qué sirve'),
        ]
      : r === 1
        ? [links('.json'), links('diccionario.csv'), meta('Licencia'), jsonld, section('Preguntas frecuentes'), section('Uso de los datos')]
        : r === 2
          ? [section('Uso de los datos')]
          : []),
  ],
  // Dengue: on time except in September, when the June update was the latest one.
  dengue: (r, at) => [
    ...(r === 3 ? monthly(at, 9, 'octubre de 2026', { updated: '2026-06-09', month: [2026, 5] }) : monthly(at, 9, 'octubre de 2026')),
    ...(r === 0 ? [section('Preguntas frecuentes')] : []),
  ],
  'espera-consulta': (r, at) => [
    ...monthly(at, 12, 'octubre de 2026'),
    ...(r === 0 ? [section('Preguntas frecuentes'), links('.json')] : r === 1 ? [section('Preguntas frecuentes')] : []),
  ],
  // Poor pages: more PDFs over the year, never data; one lost its dates in a redesign.
  licitaciones: (r) => (r <= 1 ? [links('E3-2026.pdf'), links('E4-2026.pdf'), links('E5-2026.pdf'), section('Fallos')] : r === 2 ? [links('E5-2026.pdf')] : []),
  'ley-de-aguas': () => [],
  indicadores: (r, at) =>
    r <= 1
      ? [insertBefore('Indicadores de ejercicios anteriores', `<p>Área responsable: Dirección de Planeación. Fecha de actualización: 15/01/${at.slice(0, 4)}.</p>`)]
      : [],
  adquisiciones: (r) => (r <= 1 ? [links('modificacion-1.pdf'), links('modificacion-2.pdf')] : r <= 3 ? [links('modificacion-2.pdf')] : []),
  'reglamento-interior': () => [],
  'indicadores-mir': () => [],
};

/** The edits that turn the page's current HTML into the version seen at audit round `round` (dated `at`). */
export function versionEdits(page: PortalPage, round: number, at: string): Edit[] {
  const history = HISTORIES[page.slug];
  if (!history) throw new Error(`no history for page ${page.slug}`);
  return history(round, at);
}
