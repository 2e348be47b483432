import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/** Ámbitos de gobierno of a sujeto obligado. */
export const Ambito = z.enum(['federal', 'estatal', 'municipal'], { error: 'ámbito debe ser federal, estatal o municipal' });

const portalUrl = z.url({ protocol: /^https?$/, error: 'URL de portal inválida (http o https)' });

/** One sujeto obligado of the padrón: its portal URLs are separated by spaces, `|` or `;` in the CSV. */
export const PadronEntry = z.object({
  id: z.string().trim().min(1, { error: 'id vacío' }).max(100).regex(/^[\w.-]+$/, { error: 'id: solo letras, números, punto, guion y guion bajo' }),
  name: z.string().trim().min(1, { error: 'nombre vacío' }).max(300),
  ambito: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), Ambito),
  entidad: z.string().trim().min(1, { error: 'entidad federativa vacía' }).max(100),
  urls: z.preprocess(
    (v) => (typeof v === 'string' ? v.split(/[\s|;]+/).filter(Boolean) : v),
    z.array(portalUrl).min(1, { error: 'sin URL de portal' }).max(20),
  ),
});
export type PadronEntry = z.infer<typeof PadronEntry>;

export interface PadronProblem {
  /** 1-based line of the CSV file (the header is line 1). */
  line: number;
  message: string;
}

/** Header names accepted for each field (Spanish first, English too; case and accents ignored). */
const HEADERS: Record<keyof PadronEntry, string[]> = {
  id: ['id', 'clave'],
  name: ['nombre', 'name', 'sujeto obligado', 'sujeto_obligado'],
  ambito: ['ambito', 'scope', 'level'],
  entidad: ['entidad', 'entidad federativa', 'entidad_federativa', 'state'],
  urls: ['url', 'urls', 'portal', 'portales', 'portal url', 'portal_url'],
};

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

/**
 * Reads a padrón CSV (header row required). Every bad row is reported with its line number and the
 * good rows are returned too, so the caller decides; duplicate ids are problems as well.
 */
export function parsePadron(text: string): { entries: PadronEntry[]; problems: PadronProblem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, info: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    return { entries: [], problems: [{ line: 1, message: `CSV ilegible: ${(error as Error).message}` }] };
  }
  const [header, ...rows] = records;
  if (!header) return { entries: [], problems: [{ line: 1, message: 'el padrón está vacío' }] };
  const columns = header.record.map(fold);
  const index = {} as Record<keyof PadronEntry, number>;
  const problems: PadronProblem[] = [];
  for (const [field, names] of Object.entries(HEADERS) as [keyof PadronEntry, string[]][]) {
    index[field] = columns.findIndex((c) => names.includes(c));
    if (index[field] < 0) problems.push({ line: 1, message: `falta la columna ${names[0]}` });
  }
  if (problems.length > 0) return { entries: [], problems };
  const entries: PadronEntry[] = [];
  const seen = new Set<string>();
  for (const { record, info } of rows) {
    const line = info.lines;
    const parsed = PadronEntry.safeParse(Object.fromEntries(Object.entries(index).map(([field, i]) => [field, record[i] ?? ''])));
    if (!parsed.success) {
      problems.push({ line, message: parsed.error.issues.map((i) => `${String(i.path[0] ?? '')}: ${i.message}`).join('; ') });
    } else if (seen.has(parsed.data.id)) {
      problems.push({ line, message: `id repetido: ${parsed.data.id}` });
    } else {
      seen.add(parsed.data.id);
      entries.push(parsed.data);
    }
  }
  if (entries.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'el padrón no tiene filas' });
  return { entries, problems };
}
