import { defineCheck, fail, notApplicable, partial, pass } from '../define.js';
import { complianceSignal } from '../../signals/compliance.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { serviceFactsSignal, type ServiceFactKind } from '../../signals/service-facts.js';

/** Two facts make a start (a cost and a requirement); six a usable service card or table. */
const MIN_FACTS = 2;
const PASS_FACTS = 6;

const KIND_LABEL: Record<ServiceFactKind, { es: string; en: string }> = {
  amount: { es: 'Monto', en: 'Amount' },
  procedure: { es: 'Dato del trámite', en: 'Procedure detail' },
  schedule: { es: 'Horario', en: 'Opening hours' },
  phone: { es: 'Teléfono', en: 'Phone' },
};

export const serviceFacts = defineCheck(
  {
    id: 'service-facts',
    criterion: 'pertinente',
    mode: 'auto',
    title: { es: 'Da datos concretos para usar un servicio', en: 'Gives concrete facts to use a service' },
    failureTitle: { es: 'Da pocos datos concretos del servicio', en: 'Gives few concrete facts about the service' },
    description: {
      es: 'La página dice en su propio contenido lo que una persona necesita para usar un servicio o trámite: costos o tarifas, requisitos, horarios, lugares y teléfonos. Con seis datos o más cumple, con dos a cinco cumple en parte; una página que anuncia trámites o servicios sin dar esos datos no cumple. No aplica a páginas que no tratan de servicios (por ejemplo, un conjunto de datos).',
      en: 'The page states in its own content what a person needs to use a service or procedure: costs or tariffs, requirements, opening hours, places and phones. Six facts or more pass, two to five pass in part; a page announcing procedures or services without those facts fails. It does not apply to pages that are not about services (a dataset page, for example).',
    },
    help: {
      es: 'Publique junto a cada trámite o servicio su costo, requisitos, dónde y en qué horario se atiende, y un teléfono para preguntar.',
      en: 'Publish next to each procedure or service its cost, requirements, where and when it is attended, and a phone to ask.',
    },
  },
  (ctx) => {
    const { facts, kinds, serviceHeading } = ctx.use(serviceFactsSignal);
    // Transcribed law (fees in an article, deadlines of a fracción) is judged by beyond-compliance.
    if (ctx.use(complianceSignal).patterns.some((p) => p.id === 'law-transcription' || p.id === 'fracciones-index')) {
      return notApplicable({ es: 'La página transcribe la ley: sus montos y plazos no son datos de un servicio.', en: 'The page transcribes the law: its amounts and deadlines are not service facts.' });
    }
    if (facts.length < MIN_FACTS) {
      if (serviceHeading) {
        return fail([hitEvidence(serviceHeading.snippet, serviceHeading.element, { es: 'Anuncia servicios', en: 'Announces services' })], {
          es: 'La página anuncia trámites o servicios pero no dice cuánto cuestan, qué se necesita, dónde ni cuándo se atienden.',
          en: 'The page announces procedures or services but does not say what they cost, what is needed, or where and when they are attended.',
        });
      }
      return notApplicable({ es: 'La página no trata de un servicio o trámite.', en: 'The page is not about a service or procedure.' });
    }
    const evidence = kinds.map((kind) => {
      const first = facts.find((f) => f.kind === kind)!;
      return hitEvidence(first.snippet, first.element, KIND_LABEL[kind]);
    });
    const detail = { es: `${facts.length} datos concretos del servicio.`, en: `${facts.length} concrete service facts.` };
    return facts.length >= PASS_FACTS ? pass(evidence, detail) : partial(evidence, detail);
  },
);
