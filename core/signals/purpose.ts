import { defineSignal } from '../context.js';
import { clip } from './dom.js';
import { jsonLdSignal, jsonLdTypes } from './json-ld.js';
import { textBlocksSignal, type TextBlock } from './text-blocks.js';
import { LEGAL_JARGON } from './plain-language.js';
import { countWords } from './spanish-text.js';

export interface PurposeHit {
  snippet: string;
  element: Element;
}

export interface PurposeInfo {
  /** "¿Para qué sirve?", "sirve para", "objetivo", "con esta información puedes…". */
  purpose: PurposeHit[];
  /**
   * "Dirigido a", "¿A quién va dirigido?", "población objetivo", "para periodistas…". A «padrón de
   * personas beneficiarias» is a list of people (a fracción of the law), not whom the page is for.
   */
  audience: PurposeHit[];
  /** "Preguntas frecuentes", FAQPage markup, question-and-answer <details>. */
  faq: PurposeHit[];
  /** An introductory paragraph right after the main heading, or a "Resumen" block near the top. */
  summary: PurposeHit | null;
  /** The page's meta description (a summary only machines and search engines show). */
  metaDescription: string | null;
}

const PURPOSE = /¿?\s*para\s+qu[ée]\s+(?:sirve|te\s+sirve|puedes\s+usar|se\s+usa)|(?<!\p{L})sirven?\s+para(?!\p{L})|(?:objetivo|prop[óo]sito|finalidad)(?:\s+(?:de\s+(?:esta|este|la|el)\s+[\p{L}\s]{1,30}|general|principal))?\s*:|(?:con|usando)\s+(?:esta\s+informaci[óo]n|estos\s+datos)\s+(?:puedes|podr[áa]s|se\s+puede)|te\s+permite|le\s+permite|(?:esta|la)\s+(?:informaci[óo]n|p[áa]gina|base\s+de\s+datos)\s+(?:te\s+)?(?:ayuda|permite)|(?:esta|este)\s+(?:p[áa]gina|gu[íi]a|secci[óo]n|base(?:\s+de\s+datos)?|conjunto\s+de\s+datos|informaci[óo]n|herramienta|tablero)\s+(?:te|le|les)\s+(?:dice|explica|muestra|ayuda|permite|sirve)|(?:es|son)\s+(?:la|el|una|un)\s+(?:referencia|herramienta|base|gu[íi]a|fuente)\s+para|te\s+(?:explicamos|decimos|mostramos|contamos)|(?:aqu[íi]|en\s+esta\s+p[áa]gina)\s+(?:puedes|podr[áa]s|encuentras|encontrar[áa]s)|nos\s+pediste|m[áa]s\s+nos\s+(?:hacen|piden|preguntan)|lo\s+que\s+(?:m[áa]s\s+)?(?:nos\s+)?(?:piden|solicitan)|que\s+de\s+verdad\s+usas|(?<!\p{L})(?:is|are)\s+useful\s+(?:for|to)|(?<!\p{L})helps\s+you|(?<!\p{L})use\s+(?:it|this\s+data)\s+to|¿\s*c[óo]mo\s+(?:pido|solicito|obtengo|consulto|tramito|puedo|me\s+registro|s[ée]\s+si)|(?<!\p{L})quieran?\s+(?:saber|conocer|consultar|comparar|revisar)(?!\p{L})/iu;
const AUDIENCE = /dirigid[oa]s?\s+a|¿?\s*a\s+qui[ée]n(?:es)?\s+(?:va|van|est[áa]n?)\s+dirigid|¿?\s*qui[ée]n(?:es)?\s+(?:pueden?|deben?)\s+(?:solicitar|participar|usar|registrarse|aplicar)|(?<!padr[óo]n(?:es)?\s+(?:de\s+)?(?:la\s+|las\s+)?)(?:poblaci[óo]n\s+(?:objetivo|beneficiaria|potencial)|personas\s+beneficiarias)|p[úu]blico\s+objetivo|(?<!\p{L})(?:para|(?:sirven?|[úu]til(?:es)?)\s+a)\s+(?:l[oa]s\s+)?(?:periodistas|investigador[ae]s|estudiantes|productor[ae]s|madres|padres|personas\s+(?:j[óo]venes|adultas|mayores|con\s+discapacidad|usuarias)|j[óo]venes|mujeres|comerciantes|empresas|emprendedor[ae]s|agricultor[ae]s|docentes|maestr[oa]s|familias|ciudadan[oa]s|la\s+ciudadan[íi]a|escuelas|hospitales|m[ée]dic[oa]s|personal\s+(?:de\s+salud|m[ée]dico|docente)|pacientes|organizaciones|ayuntamientos|municipios|usuari[oa]s|vecin[oa]s|colonos|restaurantes|negocios|quien(?:es)?\s+(?:investiga|vigila|planea|estudia|hace|quiera)\p{L}*)(?!\p{L})|¿?\s*qui[ée]n(?:es)?\s+(?:la|lo|las|los)\s+(?:puede|pueden)\s+(?:recibir|pedir|solicitar|usar)|(?<!\p{L})si\s+(?:eres|vives|siembras|tienes\s+un|estudias|trabajas\s+en)(?!\p{L})|(?<!\p{L})useful\s+for\s+(?:researchers|journalists|residents|citizens|students|businesses)|(?<!\p{L})(?:aimed|intended)\s+(?:at|for)/iu;
const FAQ = /preguntas\s+frecuentes|(?<!\p{L})faqs?(?!\p{L})|dudas\s+frecuentes|preguntas\s+y\s+respuestas/iu;
const SUMMARY_HEADING = /^(?:resumen|en\s+resumen|en\s+breve|lo\s+m[áa]s\s+importante|introducci[óo]n|presentaci[óo]n|acerca\s+de|de\s+qu[ée]\s+se\s+trata|¿qu[ée]\s+es\b)/iu;
const MAX_HITS = 10;
const SCAN_CHARS = 60_000;
/** Blocks after the first h1 within which an introduction counts as "near the top". */
const TOP_BLOCKS = 4;
const SUMMARY_MIN_WORDS = 15;
/** Legal boilerplate is no summary: an article, a legal basis or a formula of notice. */
const LEGAL_OPENING = /^(?:art[íi]culo|art\.|cap[íi]tulo|t[íi]tulo|fracci[óo]n|considerando|acuerdo\s+(?:por|mediante)|con\s+fundamento|de\s+conformidad|en\s+t[ée]rminos\s+de|en\s+cumplimiento|se\s+hace\s+del\s+conocimiento)(?!\p{L})/iu;
const LEGAL_FORMULA = new RegExp(LEGAL_JARGON.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');

/** A paragraph reads as a summary when it is long enough and is not legal boilerplate. */
function readsAsSummary(text: string): boolean {
  if (countWords(text) < SUMMARY_MIN_WORDS || LEGAL_OPENING.test(text.trim())) return false;
  return (text.match(LEGAL_FORMULA)?.length ?? 0) < 2;
}

function findSummary(blocks: readonly TextBlock[]): PurposeHit | null {
  const h1 = blocks.findIndex((b) => b.tag === 'h1');
  const start = h1 >= 0 ? h1 + 1 : blocks.findIndex((b) => b.inMain);
  if (start < 0) return null;
  for (let i = start; i < Math.min(blocks.length, start + TOP_BLOCKS); i++) {
    const block = blocks[i]!;
    if (/^h[1-6]$/.test(block.tag)) {
      if (SUMMARY_HEADING.test(block.text) && blocks[i + 1] && readsAsSummary(blocks[i + 1]!.text)) {
        return { snippet: clip(blocks[i + 1]!.text, 200), element: blocks[i + 1]!.element };
      }
      continue;
    }
    if (block.tag === 'p' && readsAsSummary(block.text)) return { snippet: clip(block.text, 200), element: block.element };
  }
  return null;
}

/** Purpose and audience statements, FAQ and an introductory summary near the top (the law's proactive-transparency articles). */
export const purposeSignal = defineSignal<PurposeInfo>('purpose', (ctx) => {
  const { blocks } = ctx.use(textBlocksSignal);
  const info: PurposeInfo = { purpose: [], audience: [], faq: [], summary: findSummary(blocks), metaDescription: null };
  let scanned = 0;
  for (const block of blocks) {
    // Site menus and footers ("¿Qué es el Instituto?", "Misión") say nothing about this page.
    if (block.chrome) continue;
    if ((scanned += block.text.length) > SCAN_CHARS) break;
    if (info.purpose.length < MAX_HITS && PURPOSE.test(block.text)) info.purpose.push({ snippet: clip(block.text, 200), element: block.element });
    if (info.audience.length < MAX_HITS && AUDIENCE.test(block.text)) info.audience.push({ snippet: clip(block.text, 200), element: block.element });
    if (info.faq.length < MAX_HITS && /^(?:h[1-6]|summary|caption|a|li|dt|p)$/.test(block.tag) && FAQ.test(block.text)) {
      info.faq.push({ snippet: clip(block.text, 200), element: block.element });
    }
  }
  if (info.faq.length < MAX_HITS) {
    for (const el of ctx.elements()) {
      if (info.faq.length >= MAX_HITS) break;
      const tag = el.tagName.toLowerCase();
      if (tag === 'a' && FAQ.test(clip(el.textContent ?? '', 200)) && !info.faq.some((f) => f.element.contains(el))) {
        info.faq.push({ snippet: clip(el.textContent ?? '', 200), element: el });
      }
    }
    // A run of question-and-answer <details> is an FAQ even without the title.
    const questions = ctx.elements().filter((el) => el.tagName.toLowerCase() === 'summary' && /\?\s*$/.test(el.textContent ?? ''));
    if (questions.length >= 3 && !info.faq.length) info.faq.push({ snippet: clip(questions.map((q) => q.textContent ?? '').join(' · '), 200), element: questions[0]! });
  }
  if (!info.faq.length && ctx.use(jsonLdSignal).nodes.some((n) => jsonLdTypes(n).includes('faqpage'))) {
    const script = ctx.doc.querySelector('script[type="application/ld+json" i]');
    if (script) info.faq.push({ snippet: 'JSON-LD @type FAQPage', element: script });
  }
  const description = ctx.doc.querySelector('meta[name="description" i]')?.getAttribute('content')?.trim();
  info.metaDescription = description ? clip(description, 300) : null;
  return info;
});
