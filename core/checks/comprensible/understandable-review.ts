import { defineCheck, needsReview } from '../define.js';
import { valueEvidence } from '../../signals/dom.js';
import { plainLanguageSignal } from '../../signals/plain-language.js';
import { readabilitySignal } from '../../signals/readability.js';
import type { Evidence } from '../../schemas/index.js';

export const understandableReview = defineCheck(
  {
    id: 'understandable-review',
    criterion: 'comprensible',
    mode: 'review',
    title: { es: 'La entiende el público al que va dirigida', en: 'Its audience can understand it' },
    failureTitle: { es: 'Su público no la entiende', en: 'Its audience cannot understand it' },
    description: {
      es: 'La persona auditora juzga si el público destinatario entiende la información sin ayuda; las fórmulas sólo miden la forma.',
      en: 'The auditor judges whether the intended audience understands the information unaided; formulas only measure form.',
    },
    help: {
      es: 'Lea la página pensando en su público: ¿sabría qué significa, qué puede hacer y dónde seguir?',
      en: 'Read the page as its audience: would they know what it means, what they can do and where to go next?',
    },
    question: { es: '¿La información es comprensible para su público?', en: 'Is the information understandable by its audience?' },
    guidance: {
      es: '"Sí" si una persona del público destinatario la entiende sin ayuda; "Parcial" si necesita conocimientos técnicos en algunas partes; "No" si sólo la entiende un especialista. Si puede, pruébela con alguien del público.',
      en: '"Yes" if someone from the intended audience understands it unaided; "Partial" if some parts need technical knowledge; "No" if only a specialist would. If you can, test it with someone from the audience.',
    },
  },
  (ctx) => {
    const info = ctx.use(readabilitySignal);
    const plain = ctx.use(plainLanguageSignal);
    const evidence: Evidence[] = [valueEvidence(info.words, { es: 'Palabras del texto principal', en: 'Main text words' })];
    if (info.fernandezHuerta !== null) evidence.push(valueEvidence(info.fernandezHuerta, { es: 'Fernández-Huerta', en: 'Fernández-Huerta' }));
    if (info.szigrisztPazos !== null) evidence.push(valueEvidence(info.szigrisztPazos, { es: 'INFLESZ', en: 'INFLESZ' }));
    if (plain.jargon.length) evidence.push(valueEvidence(plain.jargon.slice(0, 5).map((j) => j.term).join(', '), { es: 'Jerga legal', en: 'Legal jargon' }));
    const undefinedOnes = plain.acronyms.filter((a) => !a.defined).map((a) => a.acronym);
    if (undefinedOnes.length) evidence.push(valueEvidence(undefinedOnes.slice(0, 10).join(', '), { es: 'Siglas sin explicar', en: 'Unexpanded acronyms' }));
    return needsReview(evidence);
  },
);
