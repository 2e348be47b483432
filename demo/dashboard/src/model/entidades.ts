/**
 * The 32 entidades federativas with the ids of the @svg-maps/mexico paths, and how a padrón's
 * free-text `entidad` is matched to one (accents, case, "Estado de" and official long names ignored).
 */
export interface Entidad {
  /** @svg-maps/mexico location id. */
  id: string;
  /** The name the tablero shows (short official form). */
  name: string;
  /** Other spellings a padrón may use. */
  aliases?: readonly string[];
}

export const ENTIDADES: readonly Entidad[] = [
  { id: 'agu', name: 'Aguascalientes' },
  { id: 'bcn', name: 'Baja California' },
  { id: 'bcs', name: 'Baja California Sur' },
  { id: 'cam', name: 'Campeche' },
  { id: 'chp', name: 'Chiapas' },
  { id: 'chh', name: 'Chihuahua' },
  { id: 'cmx', name: 'Ciudad de México', aliases: ['CDMX', 'Distrito Federal', 'Mexico City'] },
  { id: 'coa', name: 'Coahuila', aliases: ['Coahuila de Zaragoza'] },
  { id: 'col', name: 'Colima' },
  { id: 'dur', name: 'Durango' },
  { id: 'gua', name: 'Guanajuato' },
  { id: 'gro', name: 'Guerrero' },
  { id: 'hid', name: 'Hidalgo' },
  { id: 'jal', name: 'Jalisco' },
  { id: 'mex', name: 'Estado de México', aliases: ['México', 'Edomex'] },
  { id: 'mic', name: 'Michoacán', aliases: ['Michoacán de Ocampo'] },
  { id: 'mor', name: 'Morelos' },
  { id: 'nay', name: 'Nayarit' },
  { id: 'nle', name: 'Nuevo León' },
  { id: 'oax', name: 'Oaxaca' },
  { id: 'pue', name: 'Puebla' },
  { id: 'que', name: 'Querétaro', aliases: ['Querétaro de Arteaga'] },
  { id: 'roo', name: 'Quintana Roo' },
  { id: 'slp', name: 'San Luis Potosí' },
  { id: 'sin', name: 'Sinaloa' },
  { id: 'son', name: 'Sonora' },
  { id: 'tab', name: 'Tabasco' },
  { id: 'tam', name: 'Tamaulipas' },
  { id: 'tla', name: 'Tlaxcala' },
  { id: 'ver', name: 'Veracruz', aliases: ['Veracruz de Ignacio de la Llave'] },
  { id: 'yuc', name: 'Yucatán' },
  { id: 'zac', name: 'Zacatecas' },
];

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const BY_NAME = new Map<string, Entidad>();
for (const e of ENTIDADES) for (const n of [e.name, ...(e.aliases ?? [])]) BY_NAME.set(fold(n), e);

/** The entidad a padrón's `entidad` names, or null (e.g. "Nacional" for federal bodies, or a typo). */
export function entidadOf(text: string): Entidad | null {
  const key = fold(text);
  return BY_NAME.get(key) ?? BY_NAME.get(key.replace(/^(estado (libre y soberano )?de )/, '')) ?? null;
}
