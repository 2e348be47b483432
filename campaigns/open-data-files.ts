/** The open-data files of a campaign, by name: what `campaign export` writes, the collector serves and the tablero downloads. */
export const OPEN_DATA_FILES = ['resultados.csv', 'sujetos-obligados.csv', 'resultados.json', 'datapackage.json'] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];
