import { defineCheck, graded, unmeasured } from '../../checks/define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { linksSignal } from '../../signals/links.js';
import type { Evidence } from '../../schemas/index.js';

/**
 * A page check that reads what `--inspect-downloads` found inside each file. Unmeasured (it leaves
 * its criterion) without inspections, so a default page audit scores exactly as before.
 */
export const downloadsInspected = defineCheck(
  {
    id: 'downloads-inspected',
    criterion: 'formatos-abiertos',
    mode: 'auto',
    title: { es: 'Los archivos descargables son lo que anuncian y se pueden usar', en: 'The downloadable files are what they announce and are usable' },
    failureTitle: { es: 'Hay archivos descargables con problemas de formato o contenido', en: 'Some downloadable files have format or content problems' },
    description: {
      es: 'Se leyó cada descarga: formato real, codificación, encabezados, celdas vacías, capa de texto y etiquetas de los PDF. Cada archivo muestra sus hallazgos.',
      en: 'Each download was read: real format, encoding, headers, empty cells, PDF text layer and tags. Each file shows its findings.',
    },
    help: {
      es: 'Corrija cada archivo según sus hallazgos: CSV en UTF-8 con una fila de encabezado, PDF con texto y etiquetas, enlaces que entreguen el archivo y no una página.',
      en: 'Fix each file by its findings: UTF-8 CSV with one header row, PDFs with text and tags, links that deliver the file and not a page.',
    },
  },
  (ctx) => {
    const inspected = ctx.snapshot.resources.filter((r) => r.inspection);
    if (!inspected.length) return unmeasured({ es: 'No se leyó el contenido de las descargas (la inspección de descargas está desactivada).', en: 'The downloads’ contents were not read (download inspection is off).' });
    const anchors = new Map(ctx.use(linksSignal).links.map((l) => [l.url, l.element]));
    let sum = 0;
    const evidence: Evidence[] = [];
    for (const r of inspected) {
      const i = r.inspection!;
      // A file that is not what it claims counts 0; otherwise each finding takes a share off.
      const score = i.usable ? Math.max(0, 1 - i.findings.filter((f) => f.status === 'fail').length * 0.25 - i.findings.filter((f) => f.status === 'partial').length * 0.1) : 0;
      sum += score;
      if (evidence.length < 50) {
        const found = i.findings.map((f) => f.title.es).join('; ');
        evidence.push(hitEvidence(`${r.url} — ${i.summary}${found ? ` — ${found}` : ''}`, anchors.get(r.url) ?? null, { es: `Descarga (${i.kind.toUpperCase()}, ${i.stars}★)`, en: `Download (${i.kind.toUpperCase()}, ${i.stars}★)` }));
      }
    }
    return graded(sum / inspected.length, evidence);
  },
);
