import type { Evidence, LocalizedText } from '../../schemas/index.js';
import type { ResourceProfile } from '../schema.js';

const value = (v: string | number | boolean, es: string, en: string, url?: string): Evidence => ({
  kind: 'value',
  value: typeof v === 'string' ? v.slice(0, 500) : v,
  label: { es, en } satisfies LocalizedText,
  ...(url ? { url: url.slice(0, 2_048) } : {}),
});

/** The facts the reader found, as evidence items (each check picks the ones it rests on). */
export function resourceFacts(r: ResourceProfile) {
  const t = r.table;
  const p = r.pdf;
  return {
    kind: () => value(r.kind.toUpperCase(), 'Formato real', 'Actual format', r.url),
    declared: () => value(r.declared.toUpperCase(), 'Formato anunciado', 'Announced format'),
    contentType: () => (r.contentType ? [value(r.contentType, 'Tipo de contenido (HTTP)', 'Content type (HTTP)')] : []),
    parseError: () => (r.parseError ? [value(r.parseError, 'Error de lectura', 'Read error')] : []),
    encoding: () => (r.encoding ? [value(`${r.encoding}${r.encodingConfidence !== undefined ? ` (${r.encodingConfidence}%)` : ''}`, 'Codificación', 'Encoding')] : []),
    delimiter: () => (r.delimiter ? [value(r.delimiter === '\t' ? 'TAB' : r.delimiter, 'Delimitador', 'Delimiter')] : []),
    shape: () =>
      t
        ? [
            value(t.rows, t.rowCapped ? 'Filas leídas (tope)' : 'Filas', t.rowCapped ? 'Rows read (cap)' : 'Rows'),
            value(t.columns, 'Columnas', 'Columns'),
          ]
        : [],
    empty: () =>
      t
        ? [
            value(t.emptyCellRatio, 'Proporción de celdas vacías', 'Empty-cell ratio'),
            ...(t.emptyColumns.length ? [value(t.emptyColumns.slice(0, 10).join(', '), 'Columnas vacías', 'Empty columns')] : []),
          ]
        : [],
    header: () =>
      t
        ? [
            value(t.headerRows, 'Filas de encabezado', 'Header rows'),
            ...(t.mergedHeaderCells ? [value(t.mergedHeaderCells, 'Celdas combinadas en el encabezado', 'Merged header cells')] : []),
            value(t.header.slice(0, 12).join(' | '), 'Encabezado', 'Header'),
          ]
        : [],
    dates: () => (t ? t.dateColumns.slice(0, 5).map((d) => value(`${d.name}: ${d.latest}`, 'Columna de fecha (último valor)', 'Date column (latest value)')) : []),
    pdf: () =>
      p
        ? [
            value(p.pages, 'Páginas', 'Pages'),
            value(`${p.pagesWithText}/${p.pagesRead}`, 'Páginas leídas con capa de texto', 'Pages read with a text layer'),
            value(p.tagged, 'PDF etiquetado', 'Tagged PDF'),
            ...(p.lang ? [value(p.lang, 'Idioma declarado', 'Declared language')] : []),
          ]
        : [],
    docDates: () =>
      p
        ? [
            ...(p.created ? [value(p.created, 'Fecha de creación del documento', 'Document creation date')] : []),
            ...(p.modified ? [value(p.modified, 'Fecha de modificación del documento', 'Document modification date')] : []),
          ]
        : [],
    lastModified: () => (r.lastModified ? [value(r.lastModified, 'Última modificación (servidor o archivo)', 'Last modified (server or file)')] : []),
  };
}
