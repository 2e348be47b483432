import { defineSignal } from '../context.js';
import { clip } from './dom.js';
import { textBlocksSignal } from './text-blocks.js';

export interface Wall {
  kind: 'captcha' | 'login' | 'registration' | 'personal-data-form' | 'payment';
  element: Element;
  snippet: string;
}

export interface WallsInfo {
  walls: Wall[];
}

const CAPTCHA = /g-recaptcha|h-captcha|hcaptcha|cf-turnstile|captcha/i;
const LOGIN_TEXT = /inicia(?:r)?\s+sesi[óo]n\s+para\s+(?:descargar|consultar|ver|acceder)|debe(?:s|r[áa]s?)?\s+(?:estar\s+)?(?:registrad[oa]|iniciar\s+sesi[óo]n)|reg[íi]strate\s+para\s+(?:descargar|consultar|acceder)|requiere\s+(?:registro|una\s+cuenta|iniciar\s+sesi[óo]n)|acceso\s+(?:s[óo]lo\s+)?para\s+usuari[oa]s\s+registrad/iu;
const PAYMENT = /(?:costo|precio|pago)\s+(?:de|por)\s+(?:descarga|reproducci[óo]n|consulta)|previo\s+pago\s+de\s+derechos|\$\s?\d+(?:\.\d{2})?\s+(?:por|la)\s+(?:descarga|consulta|hoja)/iu;
const PERSONAL_FIELDS = /curp|rfc|nombre|apellido|correo|e-?mail|tel[ée]fono|domicilio|fecha\s+de\s+nacimiento|ine|credencial/i;
const DOWNLOAD_INTENT = /descarga|descargar|obtener\s+(?:los\s+)?datos|acceder\s+a\s+(?:los\s+)?(?:datos|archivos)|solicitar\s+(?:la\s+)?base/iu;

function fieldNames(form: Element): string {
  return Array.from(form.querySelectorAll('input, select, textarea'))
    .slice(0, 40)
    .map((f) => `${f.getAttribute('name') ?? ''} ${f.getAttribute('id') ?? ''} ${f.getAttribute('placeholder') ?? ''} ${f.getAttribute('type') ?? ''}`)
    .join(' ');
}

/** Barriers before the information: captcha, login or registration, forms asking personal data, fees. */
export const wallsSignal = defineSignal<WallsInfo>('walls', (ctx) => {
  const walls: WallsInfo['walls'] = [];
  const add = (wall: Wall) => {
    if (walls.length < 20 && !walls.some((w) => w.element === wall.element && w.kind === wall.kind)) walls.push(wall);
  };
  for (const el of ctx.elements()) {
    const tag = el.tagName.toLowerCase();
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if ((tag === 'div' || tag === 'iframe' || tag === 'script') && CAPTCHA.test(`${cls} ${el.getAttribute('src') ?? ''}`)) {
      add({ kind: 'captcha', element: el, snippet: clip(`${cls} ${el.getAttribute('src') ?? ''}`, 160) });
      continue;
    }
    if (tag !== 'form') continue;
    const names = fieldNames(el);
    const text = clip(`${el.textContent ?? ''} ${el.getAttribute('action') ?? ''}`, 600);
    const hasPassword = el.querySelector('input[type="password" i]') !== null;
    if (hasPassword) {
      add({ kind: /registr|crear\s+cuenta/i.test(text) ? 'registration' : 'login', element: el, snippet: text });
    } else if (DOWNLOAD_INTENT.test(text) && PERSONAL_FIELDS.test(names)) {
      add({ kind: 'personal-data-form', element: el, snippet: text });
    }
  }
  for (const block of ctx.use(textBlocksSignal).blocks.slice(0, 3_000)) {
    if (LOGIN_TEXT.test(block.text)) add({ kind: 'login', element: block.element, snippet: clip(block.text, 200) });
    else if (PAYMENT.test(block.text)) add({ kind: 'payment', element: block.element, snippet: clip(block.text, 200) });
  }
  return { walls };
});
