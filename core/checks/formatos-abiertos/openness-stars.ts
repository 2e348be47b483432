import { z } from 'zod';
import { defineCheck, fail, graded } from '../define.js';
import { dataTablesSignal } from '../../signals/data-tables.js';
import { elementEvidence, valueEvidence } from '../../signals/dom.js';
import { bestStars, linksSignal } from '../../signals/links.js';


/** Score for 0-5 stars of the five-star open-data scheme (from the rule set). */
export const OpennessParams = z.object({ scoreByStars: z.array(z.number().min(0).max(1)).length(6) });

export const opennessStars = defineCheck(
  {
    id: 'openness-stars',
    criterion: 'formatos-abiertos',
    mode: 'auto',
    title: { es: 'Nivel de apertura de la mejor descarga (estrellas)', en: 'Openness level of the best download (stars)' },
    failureTitle: { es: 'Nivel de apertura bajo (estrellas)', en: 'Low openness level (stars)' },
    description: {
      es: 'Clasifica cada descarga en la escala de cinco estrellas (PDF 1, XLS 2, CSV/JSON/XML 3, RDF/JSON-LD 5) y toma la mejor, como la guía mexicana de datos abiertos. Datos sólo en una tabla de la página valen 1 estrella.',
      en: 'Rates each download on the five-star scale (PDF 1, XLS 2, CSV/JSON/XML 3, RDF/JSON-LD 5) and takes the best, as the Mexican open-data guide does. Data only in a table on the page earn 1 star.',
    },
    help: {
      es: 'Para llegar a 3 estrellas publique CSV o JSON; para 5, describa los datos con JSON-LD o RDF y enlace vocabularios comunes.',
      en: 'For 3 stars publish CSV or JSON; for 5, describe the data with JSON-LD or RDF and link common vocabularies.',
    },
  },
  OpennessParams,
  (ctx, p) => {
    const { downloads } = ctx.use(linksSignal);
    const stars = bestStars(downloads);
    if (!downloads.length) {
      // Data in a table of the page is on the web, readable and copyable, like a PDF: one star.
      const table = ctx.use(dataTablesSignal).tables[0];
      if (table) {
        return graded(p.scoreByStars[1] ?? 0, [valueEvidence(1, { es: 'Estrellas', en: 'Stars' }), elementEvidence(table.element, { es: 'Tabla de datos en la página', en: 'Data table on the page' })], {
          es: 'Los datos sólo están en una tabla de la página: se pueden leer y copiar, no descargar (1 de 5 estrellas).',
          en: 'The data are only in a table on the page: they can be read and copied, not downloaded (1 of 5 stars).',
        });
      }
      return fail([valueEvidence(0, { es: 'Estrellas', en: 'Stars' })], { es: 'Sin descargas ni tablas de datos: la información sólo está en el texto de la página (0 estrellas).', en: 'No downloads or data tables: the information is only in the page text (0 stars).' });
    }
    const best = downloads.find((d) => d.guess.format.stars === stars && (!d.head || d.head.ok));
    const evidence = [valueEvidence(stars, { es: 'Estrellas', en: 'Stars' })];
    if (best) evidence.push(elementEvidence(best.element, { es: best.guess.format.label, en: best.guess.format.label }, best.text || best.url));
    return graded(p.scoreByStars[stars] ?? 0, evidence, { es: `Mejor descarga: ${stars} de 5 estrellas.`, en: `Best download: ${stars} of 5 stars.` });
  },
);
