import { defineSignal } from '../context.js';
import { contactSignal } from './contact.js';
import { clip } from './dom.js';
import { textBlocksSignal } from './text-blocks.js';

/**
 * Concrete facts a person uses to get a service done, stated in the page's own content (design
 * §2, pertinente: "tarifas, tiempos de espera, datos de servicios"): amounts in pesos, what a
 * procedure requires, when and where it is attended, and phones to call.
 */
export type ServiceFactKind = 'amount' | 'procedure' | 'schedule' | 'phone';

export interface ServiceFact {
  kind: ServiceFactKind;
  snippet: string;
  element?: Element;
}

export interface ServiceFactsInfo {
  facts: ServiceFact[];
  kinds: ServiceFactKind[];
  /** The page's main heading (its h1, else its first heading) when it announces procedures or services ("Trámites y servicios", "Tarifas"). */
  serviceHeading: { snippet: string; element: Element } | null;
}

/** "$1,017", "$ 16,000.00", "2,500 pesos". */
const AMOUNT = /\$\s?\d{1,3}(?:,\d{3})*(?:\.\d{2})?(?!\d)|(?<![\d.,])\d{1,3}(?:,\d{3})*(?:\.\d{2})?\s+pesos(?!\p{L})/giu;
/** A labelled field of a procedure or service card ("Requisitos:", "Costo:", "¿Dónde se paga?"). */
const PROCEDURE_FIELD =
  /(?<!\p{L})(?:requisitos?|costos?|cuotas?|tarifas?|d[óo]nde\s+(?:pagar|se\s+paga|acudir|se\s+tramita|tramitar)|lugar\s+de\s+(?:atenci[óo]n|pago|tr[áa]mite)|tiempo\s+de\s+(?:respuesta|resoluci[óo]n|espera)|plazo\s+de\s+(?:respuesta|resoluci[óo]n)|vigencia|documentos?\s+(?:que\s+(?:se\s+)?(?:requiere|necesita)s?|requeridos?|necesarios?)|salario|sueldo)\s*[:?]/giu;
/** Opening hours: "de 9:00 a 15:00", "lunes a viernes". */
const SCHEDULE = /(?<!\d)\d{1,2}:\d{2}\s*(?:a|-|–|hasta)\s*\d{1,2}:\d{2}(?!\d)|(?<!\p{L})(?:lunes|martes)\s+a\s+(?:viernes|s[áa]bado|domingo)(?!\p{L})/giu;
const SERVICE_HEADING = /(?<!\p{L})(?:tr[áa]mites?|servicios?|tarifas?|requisitos|directorio|ventanilla|atenci[óo]n\s+(?:ciudadana|al\s+p[úu]blico))(?!\p{L})/iu;
/** Facts kept at most: more than the check needs to grade, few enough for evidence. */
const MAX_FACTS = 60;
const SCAN_CHARS = 60_000;

export const serviceFactsSignal = defineSignal<ServiceFactsInfo>('service-facts', (ctx) => {
  const facts: ServiceFact[] = [];
  const add = (kind: ServiceFactKind, text: string, element?: Element) => {
    if (facts.length < MAX_FACTS) facts.push({ kind, snippet: clip(text, 120), ...(element ? { element } : {}) });
  };
  let scanned = 0;
  const { blocks } = ctx.use(textBlocksSignal);
  const own = blocks.filter((b) => !b.chrome);
  const main = own.find((b) => b.tag === 'h1') ?? own.find((b) => /^h[2-6]$/.test(b.tag));
  const serviceHeading = main && SERVICE_HEADING.test(main.text) ? { snippet: clip(main.text, 120), element: main.element } : null;
  for (const block of own) {
    if ((scanned += block.text.length) > SCAN_CHARS || facts.length >= MAX_FACTS) break;
    for (const [pattern, kind] of [[AMOUNT, 'amount'], [PROCEDURE_FIELD, 'procedure'], [SCHEDULE, 'schedule']] as const) {
      for (const m of block.text.matchAll(pattern)) add(kind, m[0], block.element);
    }
  }
  for (const phone of ctx.use(contactSignal).contentPhones) add('phone', phone.value, phone.element);
  return { facts, kinds: [...new Set(facts.map((f) => f.kind))], serviceHeading };
});
