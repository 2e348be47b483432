/**
 * The PDF documents the demo portal's poor pages link to: what a sujeto obligado publishes when it
 * only complies (scanned-looking lists, law texts), written as real PDFs with a text layer.
 */
export interface DocumentSpec {
  /** Path under demo/portal/. */
  file: string;
  title: string;
  lines: string[];
  /** Scanned: the pages are pictures of the text, with no text layer (pdf.ts, makeScannedPdf). */
  scanned?: true;
}

const licitacion = (n: number, obra: string, municipio: string, monto: string): DocumentSpec => ({
  file: `agua/documentos/LO-933001998-E${n}-2026.pdf`,
  title: `Licitación Pública Estatal LO-933001998-E${n}-2026`,
  lines: [
    'COMISIÓN ESTATAL DEL AGUA DE VALLE ESMERALDA',
    'DIRECCIÓN DE CONSTRUCCIÓN',
    '',
    `CONVOCATORIA No. ${n}/2026`,
    '',
    'De conformidad con lo dispuesto en los artículos 26, 27, 30 y demás relativos y aplicables de la',
    'Ley de Obras Públicas y Servicios Relacionados con las Mismas del Estado de Valle Esmeralda, se',
    'convoca a las personas físicas y morales interesadas en participar en el procedimiento de',
    `licitación pública estatal para la adjudicación del contrato de obra pública a precios unitarios`,
    `y tiempo determinado relativo a: ${obra}, en el municipio de ${municipio}.`,
    '',
    `Capital contable mínimo requerido: ${monto}.`,
    'Las bases de la licitación se encuentran disponibles para consulta en el domicilio de la convocante.',
    'La visita al sitio de los trabajos y la junta de aclaraciones se llevarán a cabo conforme al',
    'calendario señalado en las bases. El acto de presentación y apertura de proposiciones se',
    'celebrará en la sala de juntas de la convocante.',
    '',
    'ATENTAMENTE',
    'EL DIRECTOR DE CONSTRUCCIÓN',
  ],
});

export function documents(): DocumentSpec[] {
  return [
    licitacion(1, 'Rehabilitación del colector sanitario Poniente, primera etapa', 'Esmeralda de Juárez', '$4,500,000.00'),
    licitacion(2, 'Construcción de tanque elevado de 500 m3 y línea de alimentación', 'Tepezalco', '$2,800,000.00'),
    licitacion(3, 'Perforación y equipamiento de pozo profundo No. 7', 'Ojo de Agua', '$3,100,000.00'),
    licitacion(4, 'Sustitución de red de distribución en colonias del sector Oriente', 'San Andrés Tlalpa', '$1,900,000.00'),
    licitacion(5, 'Ampliación de la planta de tratamiento de aguas residuales', 'Santa Lucía del Río', '$7,200,000.00'),
    {
      file: 'agua/documentos/fallos-2026.pdf',
      title: 'Actas de fallo de licitaciones',
      lines: [
        'ACTA DE FALLO',
        'En cumplimiento de lo establecido en el artículo 39 de la Ley de Obras Públicas y Servicios',
        'Relacionados con las Mismas del Estado de Valle Esmeralda, se da a conocer el fallo del',
        'procedimiento de contratación LO-933001998-E1-2026, resultando adjudicada la proposición que,',
        'habiendo cumplido los requisitos legales, técnicos y económicos, resultó solvente por garantizar',
        'satisfactoriamente el cumplimiento de las obligaciones respectivas.',
        '',
        'Licitante ganador: Constructora e Inmobiliaria del Valle, S.A. de C.V.',
        'Importe adjudicado sin I.V.A.: $38,412,906.17',
      ],
    },
    {
      file: 'agua/documentos/ley-de-aguas.pdf',
      title: 'Ley de Aguas para el Estado de Valle Esmeralda',
      lines: [
        'LEY DE AGUAS PARA EL ESTADO DE VALLE ESMERALDA',
        'Texto vigente. Última reforma publicada en el Periódico Oficial del Estado.',
        '',
        'TÍTULO PRIMERO. DISPOSICIONES GENERALES',
        'Artículo 1. La presente Ley es de orden público e interés social y tiene por objeto regular la',
        'prestación de los servicios públicos de agua potable, drenaje, alcantarillado, tratamiento y',
        'disposición de aguas residuales en el Estado.',
        'Artículo 2. Para los efectos de la presente Ley se entenderá por ...',
      ],
    },
    {
      file: 'agua/documentos/indicadores-3t-2026.pdf',
      title: 'Indicadores de gestión 3T',
      lines: [
        'MIR CEAVE - AVANCE FÍSICO-FINANCIERO',
        'Componente C1: Cobertura de agua potable. Meta: 97.5. Alcanzado: 96.8. Semáforo: amarillo.',
        'Componente C2: Eficiencia comercial. Meta: 78.0. Alcanzado: 71.2. Semáforo: rojo.',
        'Componente C3: Eficiencia física. Meta: 60.0. Alcanzado: 58.9. Semáforo: amarillo.',
        'Actividad A1.1: Volumen tratado (l/s). Meta: 1,450. Alcanzado: 1,390.',
        'Actividad A2.1: Tomas regularizadas. Meta: 4,000. Alcanzado: 2,744.',
      ],
    },
    {
      file: 'salud/documentos/paaas-2026.pdf',
      title: 'Programa Anual de Adquisiciones, Arrendamientos y Servicios 2026',
      lines: [
        'SECRETARÍA DE SALUD DEL ESTADO DE VALLE ESMERALDA',
        'PROGRAMA ANUAL DE ADQUISICIONES, ARRENDAMIENTOS Y SERVICIOS',
        '',
        'Partida 25301 Medicinas y productos farmacéuticos ........ $412,800,000.00',
        'Partida 25401 Materiales, accesorios y suministros médicos ... $96,350,000.00',
        'Partida 25501 Materiales de laboratorio ........................ $38,120,000.00',
        'Partida 26102 Combustibles para vehículos terrestres ........ $12,400,000.00',
        'Partida 33901 Subrogaciones .................................... $21,700,000.00',
        'Partida 35401 Mantenimiento de equipo médico ................ $18,950,000.00',
        '',
        'Fundamento: artículo 21 de la Ley de Adquisiciones, Arrendamientos y Servicios del Estado.',
      ],
    },
    {
      file: 'salud/documentos/paaas-modificacion-1.pdf',
      title: 'Primera modificación al PAAAS',
      lines: [
        'PRIMERA MODIFICACIÓN AL PROGRAMA ANUAL DE ADQUISICIONES, ARRENDAMIENTOS Y SERVICIOS',
        'Se modifica la partida 25301 por ampliación líquida autorizada mediante oficio de la',
        'Secretaría de Finanzas, en términos de las disposiciones presupuestarias aplicables.',
      ],
    },
    {
      file: 'salud/documentos/paaas-modificacion-2.pdf',
      title: 'Segunda modificación al PAAAS',
      lines: [
        'SEGUNDA MODIFICACIÓN AL PROGRAMA ANUAL DE ADQUISICIONES, ARRENDAMIENTOS Y SERVICIOS',
        'Se efectúan adecuaciones presupuestarias compensadas entre partidas del capítulo 2000.',
      ],
    },
    {
      file: 'salud/documentos/reglamento-interior.pdf',
      scanned: true,
      title: 'Reglamento Interior de la Secretaría de Salud del Estado de Valle Esmeralda',
      lines: [
        'REGLAMENTO INTERIOR DE LA SECRETARÍA DE SALUD DEL ESTADO DE VALLE ESMERALDA',
        'CAPÍTULO I. DE LA COMPETENCIA Y ORGANIZACIÓN DE LA SECRETARÍA',
        'Artículo 1. La Secretaría de Salud, como dependencia del Poder Ejecutivo del Estado, tiene a su',
        'cargo el ejercicio de las atribuciones que le confieren la Ley Orgánica de la Administración',
        'Pública del Estado, la Ley de Salud del Estado y demás ordenamientos aplicables.',
      ],
    },
    {
      file: 'salud/documentos/mir-ssve-3t.pdf',
      title: 'Matriz de Indicadores para Resultados, avance al 3T',
      lines: [
        'MIR E-023 PRESTACIÓN DE SERVICIOS EN LOS DIFERENTES NIVELES DE ATENCIÓN A LA SALUD',
        'FIN: Tasa de mortalidad general. Meta 5.9. Avance 6.1.',
        'PROPÓSITO: Porcentaje de población sin seguridad social atendida. Meta 62.0. Avance 58.4.',
        'C01: Consultas otorgadas en el primer nivel. Meta 1,240,000. Avance 902,118.',
        'C02: Egresos hospitalarios. Meta 61,000. Avance 44,870.',
        'A01C01: Porcentaje de abasto de claves del CAUSES. Meta 90.0. Avance 81.3.',
      ],
    },
  ];
}
