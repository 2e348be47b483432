import type { AuditContext } from '../../context.js';
import type { CheckOutcome, Evidence, LocalizedText } from '../../schemas/index.js';
import { valueEvidence } from '../../signals/dom.js';
import { dataTablesSignal } from '../../signals/data-tables.js';
import { scriptDrawnSignal } from '../../signals/script-drawn.js';
import { notApplicable, unmeasured } from '../define.js';
import type { ReadabilityInfo } from '../../signals/readability.js';

/** Counts and method behind every readability figure (design §2: formula, counts, splitter). */
export function countsEvidence(info: ReadabilityInfo): Evidence[] {
  return [
    valueEvidence(info.words, { es: 'Palabras', en: 'Words' }),
    valueEvidence(info.sentences, { es: 'Oraciones', en: 'Sentences' }),
    valueEvidence(info.syllables, { es: 'Sílabas', en: 'Syllables' }),
    valueEvidence(info.source, { es: 'Texto principal según', en: 'Main text from' }),
    valueEvidence(info.splitter, { es: 'Separador de oraciones', en: 'Sentence splitter' }),
  ];
}

export const TOO_SHORT = {
  es: 'El texto principal tiene menos de 100 palabras: la medida no es significativa.',
  en: 'The main text has fewer than 100 words: the measure is not meaningful.',
};

export const TOO_SHORT_TO_COUNT = {
  es: 'El texto principal tiene menos de 40 palabras: no hay prosa que revisar.',
  en: 'The main text has fewer than 40 words: there is no prose to check.',
};

/**
 * Too little prose for a prose measure. When the page presents its information in data tables,
 * prose measures do not apply to it, and when a script draws its content the served HTML cannot
 * tell (unmeasured: they leave the criterion); otherwise the page simply explains nothing in
 * words, which still counts toward the criterion's evidence floor.
 */
export function withoutProse(ctx: AuditContext, detail: LocalizedText, evidence: Evidence[] = []): CheckOutcome {
  if (ctx.use(dataTablesSignal).tables.length) {
    return unmeasured({ es: `${detail.es} La información está en tablas de datos.`, en: `${detail.en} The information is in data tables.` }, evidence);
  }
  if (ctx.use(scriptDrawnSignal).mountPoint) {
    return unmeasured(
      { es: `${detail.es} La página dibuja su contenido con JavaScript: evalúela en el navegador.`, en: `${detail.en} The page draws its content with JavaScript: audit it in the browser.` },
      evidence,
    );
  }
  return notApplicable(detail, evidence);
}
