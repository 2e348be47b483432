import type { Quality } from './pages.js';

/**
 * How a farm host behaves. Most are healthy; the rest stand for the troubles a crawler meets.
 * - slow: answers after a delay; throttled429/unavailable503: the first request for each path gets
 *   429 or 503 with Retry-After: 1; broken5xx: numbered pages answer 500; redirectLoop: the home
 *   page links to a redirect loop; huge: one page far above the byte cap; endless: one page that
 *   never finishes; robotsRules: robots.txt forbids /p/ and sets Crawl-delay; downloads: every page
 *   links the farm's files (a good CSV, a .csv that serves HTML, one under robots.txt's Disallow)
 *   and two files on the next site's host (only asked for with `kinds`).
 */
export type SiteKind = 'healthy' | 'slow' | 'throttled429' | 'unavailable503' | 'broken5xx' | 'redirectLoop' | 'huge' | 'endless' | 'robotsRules' | 'downloads';

export const TROUBLE_KINDS: readonly SiteKind[] = ['slow', 'throttled429', 'unavailable503', 'broken5xx', 'redirectLoop', 'huge', 'endless', 'robotsRules'];

export interface FarmSite {
  index: number;
  id: string;
  name: string;
  address: string;
  kind: SiteKind;
  quality: Quality;
  ambito: 'federal' | 'estatal' | 'municipal';
  entidad: string;
}

const ENTIDADES = ['Aguascalientes', 'Baja California', 'Chiapas', 'Ciudad de México', 'Jalisco', 'Nuevo León', 'Oaxaca', 'Yucatán'];
const AMBITOS = ['federal', 'estatal', 'municipal'] as const;

/** The i-th farm address: 127.0.1.1 … 127.0.1.250, 127.0.2.1 … (loopback only). */
export const farmAddress = (i: number): string => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;

/** `count` sites; with `troubles`, every fifth site is one of the trouble kinds in turn; `kinds` sets the first sites' kinds. */
export function farmSites(count: number, troubles: boolean, kinds: readonly SiteKind[] = []): FarmSite[] {
  return Array.from({ length: count }, (_, index) => ({
    index,
    id: `so-${String(index + 1).padStart(4, '0')}`,
    name: `Sujeto obligado ${index + 1}`,
    address: farmAddress(index),
    kind: kinds[index] ?? (troubles && index % 5 === 4 ? TROUBLE_KINDS[Math.floor(index / 5) % TROUBLE_KINDS.length]! : 'healthy'),
    quality: (index % 4) as Quality,
    ambito: AMBITOS[index % 3]!,
    entidad: ENTIDADES[index % ENTIDADES.length]!,
  }));
}
