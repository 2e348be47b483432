/** The twelve municipalities of the fictional state of Valle Esmeralda (state code 33: no real state has it). */
export const MUNICIPIOS = [
  { clave: '33001', nombre: 'Esmeralda de Juárez', poblacion: 412_380 },
  { clave: '33002', nombre: 'San Andrés Tlalpa', poblacion: 96_214 },
  { clave: '33003', nombre: 'Santa Lucía del Río', poblacion: 71_508 },
  { clave: '33004', nombre: 'Villa Hidalgo del Valle', poblacion: 58_932 },
  { clave: '33005', nombre: 'Tepezalco', poblacion: 44_107 },
  { clave: '33006', nombre: 'Ojo de Agua', poblacion: 38_660 },
  { clave: '33007', nombre: 'San Miguel Azompa', poblacion: 31_245 },
  { clave: '33008', nombre: 'Real de Minas', poblacion: 27_893 },
  { clave: '33009', nombre: 'Cerro Prieto', poblacion: 22_416 },
  { clave: '33010', nombre: 'Las Palmas', poblacion: 19_870 },
  { clave: '33011', nombre: 'Nuevo Jalapilla', poblacion: 15_322 },
  { clave: '33012', nombre: 'Santiago Tenexco', poblacion: 9_748 },
] as const;

export type Municipio = (typeof MUNICIPIOS)[number];
