import { defineCheck, fail, graded } from '../define.js';
import { elementEvidence, valueEvidence } from '../../signals/dom.js';
import { bestStars, linksSignal } from '../../signals/links.js';

/** Score per best openness level (design §2): 3★ (CSV/JSON/XML) is the expected level, 5★ linked data is full marks. */
export const SCORE_BY_STARS = [0, 0.2, 0.5, 0.85, 1, 1];

export const opennessStars = defineCheck(
  {
    id: 'openness-stars',
    criterion: 'formatos-abiertos',
    mode: 'auto',
    weight: 1,
    title: { es: 'Nivel de apertura de la mejor descarga (estrellas)', en: 'Openness level of the best download (stars)' },
    failureTitle: { es: 'Nivel de apertura bajo (estrellas)', en: 'Low openness level (stars)' },
    description: {
      es: 'Clasifica cada descarga en la escala de cinco estrellas (PDF 1, XLS 2, CSV/JSON/XML 3, RDF/JSON-LD 5) y toma la mejor, como la guía mexicana de datos abiertos.',
      en: 'Rates each download on the five-star scale (PDF 1, XLS 2, CSV/JSON/XML 3, RDF/JSON-LD 5) and takes the best, as the Mexican open-data guide does.',
    },
    help: {
      es: 'Para llegar a 3 estrellas publique CSV o JSON; para 5, describa los datos con JSON-LD o RDF y enlace vocabularios comunes.',
      en: 'For 3 stars publish CSV or JSON; for 5, describe the data with JSON-LD or RDF and link common vocabularies.',
    },
    recommendation: {
      what: { es: 'Subir el nivel de apertura: CSV/JSON como mínimo y, de ser posible, datos enlazados (JSON-LD, RDF).', en: 'Raise the openness level: CSV/JSON at least and, where possible, linked data (JSON-LD, RDF).' },
      why: {
        es: 'Cada estrella reduce el trabajo de quien reutiliza: de leer un documento a cruzar datos con otras fuentes.',
        en: 'Each star reduces the reuser’s work: from reading a document to joining data with other sources.',
      },
      rule: { es: 'Esquema de cinco estrellas de datos abiertos (Berners-Lee); LGTAIP 2015, art. 3 fr. X', en: 'Five-star open data scheme (Berners-Lee); LGTAIP 2015, art. 3 (X)' },
    },
  },
  (ctx) => {
    const { downloads } = ctx.use(linksSignal);
    const stars = bestStars(downloads);
    if (!downloads.length) return fail([valueEvidence(0, { es: 'Estrellas', en: 'Stars' })], { es: 'Sin descargas: la información sólo está en HTML (0 estrellas).', en: 'No downloads: the information is HTML only (0 stars).' });
    const best = downloads.find((d) => d.guess.format.stars === stars && (!d.head || d.head.ok));
    const evidence = [valueEvidence(stars, { es: 'Estrellas', en: 'Stars' })];
    if (best) evidence.push(elementEvidence(best.element, { es: best.guess.format.label, en: best.guess.format.label }, best.text || best.url));
    return graded(SCORE_BY_STARS[stars] ?? 0, evidence, { es: `Mejor descarga: ${stars} de 5 estrellas.`, en: `Best download: ${stars} of 5 stars.` });
  },
);
