import { defineSignal } from '../context.js';
import { clip } from './dom.js';
import { textBlocksSignal } from './text-blocks.js';

export interface FeedbackMechanism {
  kind: 'proactiva-widget' | 'usefulness-question' | 'survey' | 'comment-form' | 'third-party-form';
  snippet: string;
  element: Element;
}

export interface UsageFigure {
  /** The number as written ("12,480"). */
  figure: string;
  snippet: string;
  element: Element;
}

export interface FeedbackInfo {
  mechanisms: FeedbackMechanism[];
  /** Published usage or reuse figures: "12,480 descargas", "se consultó 3,200 veces". */
  figures: UsageFigure[];
  /** Sections or links about reuse without figures ("Casos de uso", "Usos de los datos"). */
  reuseSections: { snippet: string; element: Element }[];
}

const USEFULNESS = /¿?\s*(?:te|le|les)\s+(?:fue|result[óo]|ha sido|sirvi[óo])\s+(?:[úu]til|de utilidad)|¿?\s*(?:esta|la)\s+(?:informaci[óo]n|p[áa]gina)\s+(?:te|le)\s+(?:fue|result[óo]|sirvi[óo])|¿?\s*encontraste\s+lo\s+que\s+buscabas|califica\s+(?:esta|la)\s+(?:p[áa]gina|informaci[óo]n)|¿?\s*qu[ée]\s+tan\s+[úu]til/iu;
const SURVEY = /encuesta(?:s)?\s+de\s+satisfacci[óo]n|responde\s+(?:la|nuestra)\s+encuesta|danos\s+tu\s+opini[óo]n|d[ée]jenos\s+su\s+opini[óo]n|tu\s+opini[óo]n\s+(?:nos\s+)?(?:importa|cuenta)|buz[óo]n\s+de\s+(?:quejas|sugerencias|opini[óo]n)|env[íi]a(?:nos)?\s+tus?\s+(?:comentarios|sugerencias)|consulta\s+p[úu]blica|participa\s+(?:en|con)|¿\s*qu[ée]\s+(?:opinas|opina|opinan|te\s+pareci[óo]|le\s+pareci[óo])\s+(?:de|sobre|acerca|est[ae]|la|el|tus|sus|los|las)/iu;
const THIRD_PARTY = /(?:docs\.google\.com\/forms|forms\.gle|surveymonkey\.|typeform\.com|forms\.office\.com|forms\.microsoft\.com|jotform\.|limesurvey|encuestas?\.)/i;
const FIGURE_AFTER = /(\d{1,3}(?:[,.\s]\d{3})+|\d+)\s+(?:de\s+)?(?:descargas|consultas|visitas|visualizaciones|reutilizaciones|usuari[oa]s|personas usuarias|veces|casos de uso|aplicaciones|tableros|solicitudes)(?!\p{L})/iu;
const FIGURE_BEFORE = /(?:descargas|consultas|visitas|visualizaciones|reutilizaciones|se descarg[óo]|se consult[óo]|fue consultad[oa]|fue descargad[oa])\s*:?\s*(\d{1,3}(?:[,.\s]\d{3})+|\d+)/iu;
const REUSE_SECTION = /casos?\s+de\s+uso|usos?\s+de\s+(?:los|estos)\s+datos|reutilizaci[óo]n|historias?\s+de\s+(?:uso|datos)|qui[ée]n(?:es)?\s+usa(?:n)?\s+(?:estos|los)\s+datos|aplicaciones\s+(?:que\s+usan|creadas\s+con)|estad[íi]sticas\s+de\s+uso/iu;
const MAX_ITEMS = 20;
const SCAN_CHARS = 80_000;

/** Feedback mechanisms on the page and published usage/reuse figures (the law judges proactive information by its reuse). */
export const feedbackSignal = defineSignal<FeedbackInfo>('feedback', (ctx) => {
  const info: FeedbackInfo = { mechanisms: [], figures: [], reuseSections: [] };
  const add = (kind: FeedbackMechanism['kind'], element: Element, snippet: string) => {
    if (info.mechanisms.length < MAX_ITEMS && !info.mechanisms.some((m) => m.element === element)) {
      info.mechanisms.push({ kind, element, snippet: clip(snippet, 160) });
    }
  };
  for (const el of ctx.elements()) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'proactiva-feedback') add('proactiva-widget', el, `<proactiva-feedback> ${el.getAttribute('site') ?? ''}`);
    else if (tag === 'form') {
      const text = clip(`${el.textContent ?? ''} ${precedingHeading(el)}`, 600);
      if (USEFULNESS.test(text)) add('usefulness-question', el, text);
      else if (SURVEY.test(text)) add('survey', el, text);
      else if (el.querySelector('textarea') && /comentario|opini[óo]n|sugerencia|mejorar/i.test(text)) add('comment-form', el, text);
    } else if (tag === 'iframe' && THIRD_PARTY.test(el.getAttribute('src') ?? '')) {
      add('third-party-form', el, el.getAttribute('src') ?? '');
    } else if (tag === 'button') {
      // A button that opens a survey or a question in a dialog: «¿Qué opinas de tus resultados?».
      const text = clip(el.textContent ?? '', 200);
      if (SURVEY.test(text) || USEFULNESS.test(text)) add('survey', el, text);
    } else if (tag === 'a') {
      const href = el.getAttribute('href') ?? '';
      const text = clip(el.textContent ?? '', 200);
      if (THIRD_PARTY.test(href) || SURVEY.test(text) || USEFULNESS.test(text)) add('survey', el, `${text} ${href}`);
      else if (REUSE_SECTION.test(text) && info.reuseSections.length < MAX_ITEMS) info.reuseSections.push({ snippet: text, element: el });
    }
  }
  const { blocks } = ctx.use(textBlocksSignal);
  let scanned = 0;
  for (const block of blocks) {
    if ((scanned += block.text.length) > SCAN_CHARS) break;
    const after = FIGURE_AFTER.exec(block.text);
    const before = FIGURE_BEFORE.exec(block.text);
    const figure = after ?? before;
    if (figure && info.figures.length < MAX_ITEMS) info.figures.push({ figure: figure[1]!, snippet: clip(block.text, 200), element: block.element });
    if (/^h[1-6]$/.test(block.tag) && REUSE_SECTION.test(block.text) && info.reuseSections.length < MAX_ITEMS) {
      info.reuseSections.push({ snippet: block.text, element: block.element });
    }
    if (/^h[1-6]$|^legend$|^summary$/.test(block.tag) && USEFULNESS.test(block.text) && !info.mechanisms.length) {
      // A usefulness question whose answer buttons live outside a <form> (scripted widgets).
      const container = block.element.parentElement;
      if (container?.querySelector('button, input[type="radio" i], a')) add('usefulness-question', container, block.text);
    }
  }
  return info;
});

/** The heading just before a form (its visible question), if any, within a few siblings. */
function precedingHeading(el: Element): string {
  let node: Element | null = el.previousElementSibling;
  for (let i = 0; node && i < 3; i++) {
    if (/^h[1-6]$/i.test(node.tagName)) return node.textContent ?? '';
    node = node.previousElementSibling;
  }
  return '';
}
