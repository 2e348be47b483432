import { defineCheck, fail, partial, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { contactSignal } from '../../signals/contact.js';
import { feedbackSignal } from '../../signals/feedback.js';

export const feedbackMechanism = defineCheck(
  {
    id: 'feedback-mechanism',
    criterion: 'retroalimentacion',
    mode: 'auto',
    title: { es: 'Ofrece un mecanismo para opinar sobre la información', en: 'Offers a way to give feedback on the information' },
    failureTitle: { es: 'No ofrece un mecanismo para opinar', en: 'Offers no way to give feedback' },
    description: {
      es: 'La página tiene un formulario, encuesta, widget de utilidad o buzón para que las personas opinen sobre la información; un correo, un formulario o un teléfono para preguntar junto a la información cuenta como parcial.',
      en: 'The page has a form, survey, usefulness widget or suggestion box for people to comment on the information; a contact e-mail, form or a phone to ask next to the information counts as partial.',
    },
    help: {
      es: 'Inserte <proactiva-feedback> o un formulario breve «¿Te fue útil esta información?» al final de la página.',
      en: 'Embed <proactiva-feedback> or a short "Was this information useful?" form at the end of the page.',
    },
  },
  (ctx) => {
    const { mechanisms } = ctx.use(feedbackSignal);
    if (mechanisms.length) return pass(mechanisms.slice(0, 3).map((m) => hitEvidence(m.snippet, m.element, { es: 'Retroalimentación', en: 'Feedback' })));
    const contact = ctx.use(contactSignal);
    // A way to ask about the information: an e-mail or form anywhere, a phone in the page's own content
    // (a switchboard in the site's footer is not a line about this information).
    const channel = [...contact.emails, ...contact.forms, ...contact.contentPhones].slice(0, 2);
    if (channel.length) {
      return partial(channel.map((c) => hitEvidence(c.value, c.element, { es: 'Canal de contacto', en: 'Contact channel' })), {
        es: 'Sólo hay un canal de contacto general, no un mecanismo para opinar sobre esta información.',
        en: 'There is only a general contact channel, not a way to comment on this information.',
      }, 0.3);
    }
    return fail();
  },
);
