import { defineSignal } from '../context.js';
import { clip } from './dom.js';
import { jsonLdSignal, jsonLdString } from './json-ld.js';
import { regionSignal } from './region.js';
import { textBlocksSignal } from './text-blocks.js';

export type LicenceId =
  | 'libre-uso-mx' | 'cc0' | 'cc-by' | 'cc-by-sa' | 'odbl' | 'pddl' | 'cc-nc-nd'
  | 'free-reuse-notice' | 'non-commercial-notice' | 'all-rights-reserved' | 'other';

export interface LicenceHit {
  id: LicenceId;
  /** An open licence in the Open Definition's sense (reuse, redistribution, commercial use). */
  open: boolean;
  snippet: string;
  element?: Element;
  /** Where it was declared: rel="license", JSON-LD / RDFa property, or the visible text. */
  by: 'rel' | 'json-ld' | 'rdfa' | 'text';
  /** Declared in the site's chrome (footer, header, menus): a site-wide notice, not this information's. */
  siteWide: boolean;
}

export interface LicenceInfo {
  hits: LicenceHit[];
}

const PERMITS_REUSE = String.raw`(?:se\s+(?:autoriza|permite)|(?:est[áa]|queda)\s+(?:autorizad|permitid)[ao]|(?:es|son)\s+de\s+libre)\b[^.]{0,80}?(?:reproducci[óo]n|reutilizaci[óo]n|difusi[óo]n|uso|utilizaci[óo]n|distribuci[óo]n)`;
const WITH_ATTRIBUTION = String.raw`[^.]{0,160}?(?:cit(?:e|ar|ando)|menci(?:one|onar|onando)|indi(?:que|car|cando)|refer(?:encia|ir))[^.]{0,40}?(?:fuente|autor[íi]a|procedencia)`;
const FREE_REUSE_NOTICE = new RegExp(PERMITS_REUSE + WITH_ATTRIBUTION, 'iu');
const NON_COMMERCIAL_NOTICE = new RegExp(PERMITS_REUSE + String.raw`[^.]{0,200}?(?:sin\s+fines\s+(?:de\s+lucro|comerciales|lucrativos)|no\s+comercial|fines\s+(?:educativos|acad[ée]micos|no\s+lucrativos))`, 'iu');

const PATTERNS: [RegExp, LicenceId, boolean][] = [
  [/libre\s+uso\s*mx|t[ée]rminos\s+de\s+libre\s+uso|datos\.gob\.mx\/libreusomx|licencia\s+de\s+libre\s+uso/iu, 'libre-uso-mx', true],
  [/creativecommons\.org\/publicdomain\/zero|(?<!\p{L})cc0(?!\p{L})|dominio\s+p[úu]blico/iu, 'cc0', true],
  [/creativecommons\.org\/licenses\/by-nc|creativecommons\.org\/licenses\/by-nd|(?<!\p{L})cc[\s-]by[\s-]n[cd]/iu, 'cc-nc-nd', false],
  [/creativecommons\.org\/licenses\/by-sa|(?<!\p{L})cc[\s-]by[\s-]sa(?!\p{L})/iu, 'cc-by-sa', true],
  [/creativecommons\.org\/licenses\/by\/|(?<!\p{L})cc[\s-]by(?![\s-]*(?:sa|nc|nd))(?!\p{L})|creative\s+commons\s+(?:atribuci[óo]n|attribution)(?!\s*[-–]\s*(?:no|sin|share|compartir))/iu, 'cc-by', true],
  [/opendatacommons\.org\/licenses\/odbl|(?<!\p{L})odbl(?!\p{L})|open\s+database\s+license/iu, 'odbl', true],
  [/opendatacommons\.org\/licenses\/pddl|(?<!\p{L})pddl(?!\p{L})/iu, 'pddl', true],
  // Free-use terms written out, as Mexican bodies often do: "se autoriza la reproducción total o
  // parcial … siempre que se cite la fuente" is attribution-only reuse (CC BY's terms); limited to
  // non-commercial or educational ends it is not open.
  [NON_COMMERCIAL_NOTICE, 'non-commercial-notice', false],
  [FREE_REUSE_NOTICE, 'free-reuse-notice', true],
  [/todos\s+los\s+derechos\s+reservados|all\s+rights\s+reserved|queda\s+prohibida\s+(?:su|la)\s+reproducci[óo]n|prohibida\s+su\s+reproducci[óo]n/iu, 'all-rights-reserved', false],
];

const TERMS_LINK = /^\s*(?:los\s+|las\s+)?(?:(?:t[ée]rminos|condiciones)\s+(?:y\s+condiciones\s+)?de\s+(?:libre\s+)?(?:uso|reutilizaci[óo]n)|licencia(?:\s+de\s+uso)?)(?:\s+de\s+(?:la\s+informaci[óo]n|los\s+datos|este\s+conjunto\s+de\s+datos))?\s*$/iu;
const LICENCE_WORD = /licencia|license|t[ée]rminos\s+de\s+uso/iu;
const SCAN_CHARS = 120_000;

export function identifyLicence(text: string): { id: LicenceId; open: boolean } | null {
  for (const [pattern, id, open] of PATTERNS) if (pattern.test(text)) return { id, open };
  return null;
}

/** Licence declarations: rel="license" links, JSON-LD/RDFa license properties, visible text. */
export const licenceSignal = defineSignal<LicenceInfo>('licence', (ctx) => {
  const { isChrome } = ctx.use(regionSignal);
  const hits: LicenceHit[] = [];
  const push = (hit: LicenceHit) => {
    if (hits.length < 20 && !hits.some((h) => h.id === hit.id && h.by === hit.by && h.siteWide === hit.siteWide)) hits.push(hit);
  };
  // A link in the page's own content to its terms of use or licence ("se ofrecen bajo los Términos
  // de Uso de la Información"): declared, though the tool cannot read what the terms allow. Found
  // in the same walk, listed after the machine-readable declarations.
  const termsLinks: LicenceHit[] = [];
  for (const el of ctx.elements()) {
    if (el.tagName.toLowerCase() === 'a' && el.hasAttribute('href') && termsLinks.length < 20) {
      const text = clip(el.textContent ?? '', 200);
      if (TERMS_LINK.test(text) && !isChrome(el)) {
        const found = identifyLicence(`${text} ${el.getAttribute('href') ?? ''}`) ?? { id: 'other' as const, open: false };
        termsLinks.push({ ...found, snippet: clip(`${text} → ${el.getAttribute('href') ?? ''}`, 200), element: el, by: 'text', siteWide: false });
      }
    }
    const rel = el.getAttribute('rel') ?? '';
    const property = `${el.getAttribute('property') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    const isRel = /(?:^|\s)license(?:\s|$)/i.test(rel);
    const isProp = /(?:dct?:|dcterms:|cc:)?licen[sc]e/i.test(property);
    if (!isRel && !isProp) continue;
    const described = `${el.getAttribute('href') ?? ''} ${el.getAttribute('content') ?? ''} ${el.getAttribute('resource') ?? ''} ${el.textContent ?? ''}`;
    const found = identifyLicence(described) ?? { id: 'other' as const, open: false };
    push({ ...found, snippet: clip(described, 200), element: el, by: isRel ? 'rel' : 'rdfa', siteWide: isChrome(el) });
  }
  for (const node of ctx.use(jsonLdSignal).nodes) {
    const value = jsonLdString(node['license'] ?? node['dct:license'] ?? node['dcterms:license']);
    if (!value) continue;
    const found = identifyLicence(value) ?? { id: 'other' as const, open: false };
    push({ ...found, snippet: clip(value, 200), by: 'json-ld', siteWide: false });
  }
  for (const hit of termsLinks) push(hit);
  let scanned = 0;
  for (const block of ctx.use(textBlocksSignal).blocks) {
    if ((scanned += block.text.length) > SCAN_CHARS) break;
    const found = identifyLicence(block.text);
    if (found && (found.id !== 'cc0' || LICENCE_WORD.test(block.text))) {
      push({ ...found, snippet: clip(block.text, 200), element: block.element, by: 'text', siteWide: block.chrome });
    }
  }
  return { hits };
});
