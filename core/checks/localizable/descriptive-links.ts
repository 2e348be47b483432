import { defineCheck, graded, notApplicable } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { linksSignal } from '../../signals/links.js';

const GENERIC = /^(aqu[íi]|clic\s+aqu[íi]|click\s+aqu[íi]|haz\s+clic\s+aqu[íi]|d[ée]\s+clic\s+aqu[íi]|ver|ver\s+m[áa]s|m[áa]s|leer\s+m[áa]s|liga|enlace|link|descargar|descarga|consultar|consulta|archivo|documento|pdf|here|click\s+here|more|download)\.?$/iu;

export const descriptiveLinks = defineCheck(
  {
    id: 'descriptive-links',
    criterion: 'localizable',
    mode: 'auto',
    title: { es: 'Los enlaces dicen a dónde llevan', en: 'Links say where they lead' },
    failureTitle: { es: 'Hay enlaces genéricos («aquí», «descargar»)', en: 'There are generic links ("here", "download")' },
    description: {
      es: 'El texto de cada enlace nombra su destino («Padrón de beneficiarios 2025, CSV»), no «aquí», «ver más» o «descargar».',
      en: 'Each link’s text names its target ("Beneficiaries 2025, CSV"), not "here", "more" or "download".',
    },
    help: {
      es: 'Reescriba los enlaces genéricos con el nombre del documento, su periodo y su formato.',
      en: 'Rewrite generic links with the document name, period and format.',
    },
  },
  (ctx) => {
    const { links } = ctx.use(linksSignal);
    if (!links.length) return notApplicable({ es: 'La página no tiene enlaces.', en: 'The page has no links.' });
    const generic = links.filter((l) => GENERIC.test(l.text.trim()) && !(l.element.getAttribute('aria-label') ?? '').trim());
    const share = generic.length / links.length;
    return graded(
      share <= 0.05 ? 1 : Math.max(0, 1 - share * 2),
      generic.slice(0, 5).map((l) => elementEvidence(l.element, { es: 'Enlace genérico', en: 'Generic link' }, l.text || l.url)),
      { es: `${generic.length} de ${links.length} enlaces son genéricos.`, en: `${generic.length} of ${links.length} links are generic.` },
    );
  },
);
