import { defineSignal } from '../context.js';
import { tableColumns } from './data-tables.js';
import { clip } from './dom.js';
import { jsonLdSignal, jsonLdString } from './json-ld.js';
import { regionSignal } from './region.js';
import { textBlocksSignal } from './text-blocks.js';

export interface ContactItem {
  value: string;
  element?: Element;
}

export interface ContactInfo {
  emails: ContactItem[];
  phones: ContactItem[];
  /** Phones in the page's own content (not the site's header, menus or footer): a line to ask about this information. */
  contentPhones: ContactItem[];
  addresses: ContactItem[];
  /** Forms that take a message (a textarea) and a way to answer (e-mail field) or are labelled contact. */
  forms: ContactItem[];
  /** Links to a contact page ("Contacto", "Escríbenos", "Atención ciudadana"). */
  links: ContactItem[];
}

const EMAIL = /[\p{L}0-9._%+-]{1,64}@[\p{L}0-9.-]{1,200}\.[\p{L}]{2,24}/gu;
const PHONE =
  /(?:tel[ée]fonos?|tel\.?|tels\.?|lada sin costo|ll[áa]manos(?: al)?|llama al|whatsapp|conmutador|comun[íi]ca(?:te|rse)(?: al)?|comun[íi]quese(?: al)?|marca al|marque al|l[íi]nea (?:gratuita|sin costo|de atenci[óo]n)(?: al)?)\s*:?\s*((?:\+?\s?52\s*)?(?:\(?\d{2,3}\)?[\s.-]?)?\d{3,4}[\s.-]?\d{4}|800[\s.-]?\d{3}[\s.-]?\d{4})/giu;
/** A toll-free number is a phone wherever it is written: 800 followed by seven digits, grouped. */
const TOLL_FREE = /(?<!\d)((?:01[\s.-]?)?800[\s.-]\d{3}[\s.-]?\d{4})(?!\d)/gu;
/** A table column headed as phones ("Teléfono", "Tel.", "Conmutador") holds phone numbers. */
const PHONE_HEADER = /^\s*(?:t[ée]l[ée]fonos?|tel\.?|tels\.?|conmutador)\s*$/iu;
const PHONE_CELL = /^\s*(\+?[\d()][\d\s().-]{6,22}\d)\s*(?:,|$)/u;
const MAX_TABLE_ROWS = 200;
const ADDRESS = /(?:C\.\s?P\.|c[óo]digo postal)\s*:?\s*\d{5}|(?:domicilio|direcci[óo]n postal|ubicaci[óo]n)\s*:\s*\S/iu;
const CONTACT_LINK = /^\s*(?:contacto|cont[áa]ctanos|cont[áa]ctenos|escr[íi]benos|atenci[óo]n ciudadana|buz[óo]n|cont[áa]ctanos aqu[íi]|datos de contacto)\b/iu;
const MAX_ITEMS = 20;
const SCAN_CHARS = 80_000;

function push(list: ContactItem[], value: string, element?: Element): void {
  if (list.length >= MAX_ITEMS || list.some((i) => i.value === value)) return;
  list.push({ value, ...(element ? { element } : {}) });
}

/** E-mail addresses, phone numbers, postal addresses, contact forms and contact links. */
export const contactSignal = defineSignal<ContactInfo>('contact', (ctx) => {
  const { isChrome } = ctx.use(regionSignal);
  const info: ContactInfo = { emails: [], phones: [], contentPhones: [], addresses: [], forms: [], links: [] };
  const pushPhone = (value: string, element?: Element) => {
    push(info.phones, value, element);
    if (element && !isChrome(element)) push(info.contentPhones, value, element);
  };
  for (const el of ctx.elements()) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'a') {
      const href = (el.getAttribute('href') ?? '').trim();
      if (/^mailto:/i.test(href)) {
        const address = decodeSafe(href.slice(7).split('?')[0] ?? '');
        if (address.includes('@')) push(info.emails, clip(address, 200), el);
      } else if (/^tel:/i.test(href)) {
        pushPhone(clip(href.slice(4), 60), el);
      } else if (CONTACT_LINK.test(el.textContent ?? '') || /\/contact[oa]?(?:[/?#.]|$)/i.test(href)) {
        push(info.links, clip(el.textContent || href, 120), el);
      }
    } else if (tag === 'form') {
      const hasMessage = el.querySelector('textarea') !== null;
      const hasReply = el.querySelector('input[type="email" i], input[name*="mail" i], input[name*="correo" i]') !== null;
      const labelled = /contacto|escr[íi]benos|mensaje|consulta/i.test(clip(el.textContent ?? '', 400));
      if (hasMessage && (hasReply || labelled)) push(info.forms, clip(el.textContent ?? 'form', 120), el);
    } else if (tag === 'table') {
      for (const [value, cell] of phoneColumnCells(el)) pushPhone(value, cell);
    }
  }
  const { blocks } = ctx.use(textBlocksSignal);
  let scanned = 0;
  for (const block of blocks) {
    if ((scanned += block.text.length) > SCAN_CHARS) break;
    for (const email of block.text.match(EMAIL) ?? []) push(info.emails, clip(email, 200), block.element);
    PHONE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PHONE.exec(block.text))) pushPhone(clip(m[1]!, 60), block.element);
    for (const tollFree of block.text.matchAll(TOLL_FREE)) pushPhone(clip(tollFree[1]!, 60), block.element);
    if (ADDRESS.test(block.text) || block.tag === 'address') push(info.addresses, clip(block.text, 200), block.element);
  }
  for (const node of ctx.use(jsonLdSignal).nodes) {
    const email = jsonLdString(node['email'] ?? node['vcard:hasEmail'] ?? node['mbox']);
    if (email && email.includes('@')) push(info.emails, clip(email.replace(/^mailto:/i, ''), 200));
    const phone = jsonLdString(node['telephone']);
    if (phone) push(info.phones, clip(phone, 60));
  }
  return info;
});

/** Numbers in the cells of a table column headed "Teléfono" (a directory of offices). */
function phoneColumnCells(table: Element): [string, Element][] {
  const { headers, rows } = tableColumns(table, MAX_TABLE_ROWS);
  const column = headers.findIndex((cell) => PHONE_HEADER.test(clip(cell.textContent ?? '', 40)));
  if (column === -1) return [];
  const found: [string, Element][] = [];
  for (const tr of rows) {
    const cell = tr.querySelectorAll('td, th')[column];
    const number = cell ? PHONE_CELL.exec(clip(cell.textContent ?? '', 60)) : null;
    if (cell && number) found.push([clip(number[1]!, 60), cell]);
  }
  return found;
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
