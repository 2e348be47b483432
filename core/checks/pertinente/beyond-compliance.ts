import { defineCheck, fail, partial, pass, unmeasured } from '../define.js';
import { complianceSignal, EXPLAINS_WORDS, SOME_OWN_WORDS } from '../../signals/compliance.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { valueEvidence } from '../../signals/dom.js';
import { scriptDrawnSignal } from '../../signals/script-drawn.js';


export const beyondCompliance = defineCheck(
  {
    id: 'beyond-compliance',
    criterion: 'pertinente',
    mode: 'auto',
    title: { es: 'Publica información útil, no sólo el mínimo legal', en: 'Publishes useful information, not only the legal minimum' },
    failureTitle: { es: 'Sólo cumple la forma de una obligación', en: 'Only meets the form of an obligation' },
    description: {
      es: 'La página ofrece información que una persona puede usar sin más trámite: la explica con su propio texto o publica los datos. No se limita a transcribir la ley, enumerar fracciones, listar documentos sin explicación o decir que no hay información.',
      en: 'The page offers information a person can use without further steps: it explains it in its own words or publishes the data. It does not merely transcribe the law, list fracciones, list documents with no explanation, or say there is no information.',
    },
    help: {
      es: 'Explique en lenguaje ciudadano qué información hay, de qué periodo y para qué sirve, y publique los datos en formatos abiertos; cite la ley sólo como fundamento.',
      en: 'Explain in plain language what information there is, which period it covers and what it is for, and publish the data in open formats; cite the law only as its basis.',
    },
  },
  (ctx) => {
    const info = ctx.use(complianceSignal);
    const counts = [
      valueEvidence(info.ownWords, { es: 'Palabras propias de la página', en: "The page's own words" }),
      valueEvidence(`${info.dataLinks}/${info.documentLinks}`, { es: 'Archivos de datos / documentos', en: 'Data files / documents' }),
      valueEvidence(info.dataTables, { es: 'Tablas de datos en la página', en: 'Data tables on the page' }),
    ];
    const [first, ...rest] = info.patterns;
    if (first) {
      return fail(
        [...info.patterns.map((p) => hitEvidence(p.snippet, p.element, { es: `Patrón de cumplimiento: ${p.id}`, en: `Compliance pattern: ${p.id}` })), ...counts],
        rest.length ? { es: `${first.detail.es} (${rest.length + 1} patrones.)`, en: `${first.detail.en} (${rest.length + 1} patterns.)` } : first.detail,
      );
    }
    // The page explains in its own words, or publishes the data itself (files or tables).
    if (info.ownWords >= EXPLAINS_WORDS || info.dataLinks > 0 || info.dataTables > 0) return pass(counts);
    const drawn = ctx.use(scriptDrawnSignal).mountPoint;
    if (drawn) {
      return unmeasured(
        {
          es: 'La página dibuja su contenido con JavaScript: el HTML servido casi no tiene contenido propio, así que no se juzgó. Evalúela en el navegador (extensión).',
          en: 'The page draws its content with JavaScript: the served HTML has almost no content of its own, so it was not judged. Audit it in the browser (extension).',
        },
        [hitEvidence(drawn.snippet, drawn.element, { es: 'Contenido dibujado con JavaScript', en: 'Content drawn by JavaScript' }), ...counts],
      );
    }
    if (info.ownWords < SOME_OWN_WORDS) {
      return fail(counts, {
        es: 'La página casi no tiene contenido propio: no publica información que alguien pueda usar.',
        en: 'The page has almost no content of its own: it publishes no information anyone can use.',
      });
    }
    return partial(counts, {
      es: 'La página tiene poco texto propio y ningún dato: casi no explica la información que ofrece.',
      en: 'The page has little text of its own and no data: it hardly explains the information it offers.',
    });
  },
);
