import { defineCheck, fail, unmeasured, partial, pass } from '../define.js';
import { urlEvidence } from '../../signals/dom.js';

/** State names as they appear in state and municipal government domains (e.g. "guanajuato.mx"). */
const STATES =
  'aguascalientes|bajacalifornia|bcs|campeche|chiapas|chihuahua|cdmx|coahuila|colima|durango|edomex|guanajuato|guerrero|hidalgo|jalisco|michoacan|morelos|nayarit|nuevoleon|nl|oaxaca|puebla|queretaro|quintanaroo|qroo|sanluispotosi|slp|sinaloa|sonora|tabasco|tamaulipas|tlaxcala|veracruz|yucatan|zacatecas';
const PUBLIC_BODY = new RegExp(`(?:^|[.-])(?:${STATES}|ayuntamiento|municipio|mpio|congreso|tribunal|poderjudicial|pjf|scjn|transparencia|ine|iec|itai|infoem|itei|inai|infocdmx|cotaipec|idaip|ieem)(?:[.-]|$)`, 'i');

/** pass: .gob.mx; partial: .edu.mx or a .mx domain of a public body (state, municipality, congress, court, garante); fail: other. */
export function classifyDomain(hostname: string): 'official' | 'likely-public' | 'other' {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'gob.mx' || host.endsWith('.gob.mx')) return 'official';
  if (host.endsWith('.edu.mx')) return 'likely-public';
  if (host.endsWith('.mx') && PUBLIC_BODY.test(host.slice(0, -3))) return 'likely-public';
  return 'other';
}

export const officialDomain = defineCheck(
  {
    id: 'official-domain',
    criterion: 'confiable',
    mode: 'auto',
    title: { es: 'Se publica en un dominio oficial', en: 'Is published on an official domain' },
    failureTitle: { es: 'No se publica en un dominio oficial', en: 'Is not published on an official domain' },
    description: {
      es: 'La página está en un dominio de gobierno (.gob.mx). Dominios .edu.mx o .mx de estados, municipios, congresos, tribunales u organismos garantes cuentan como parcial.',
      en: 'The page is on a government domain (.gob.mx). .edu.mx or .mx domains of states, municipalities, congresses, courts or garantes count as partial.',
    },
    help: {
      es: 'Publique la información en el dominio institucional (.gob.mx) o enlácela desde él.',
      en: 'Publish the information on the institutional domain (.gob.mx) or link it from there.',
    },
  },
  (ctx) => {
    const url = ctx.url;
    if (!url || !/^https?:$/.test(url.protocol)) {
      return unmeasured({ es: 'La página no tiene una dirección web que evaluar.', en: 'The page has no web address to assess.' });
    }
    const evidence = [urlEvidence(url.href, { es: 'Dominio', en: 'Domain' }, url.hostname)];
    const kind = classifyDomain(url.hostname);
    if (kind === 'official') return pass(evidence);
    if (kind === 'likely-public') {
      return partial(evidence, {
        es: `El dominio ${url.hostname} parece de una institución pública, pero no es .gob.mx.`,
        en: `The domain ${url.hostname} looks like a public institution’s, but is not .gob.mx.`,
      });
    }
    return fail(evidence, { es: `El dominio ${url.hostname} no es oficial.`, en: `The domain ${url.hostname} is not official.` });
  },
);
