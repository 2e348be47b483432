import { defineCheck, fail, partial, pass } from '../define.js';
import { contactSignal } from '../../signals/contact.js';
import { hitEvidence } from '../../signals/hit-evidence.js';

export const contactDetails = defineCheck(
  {
    id: 'contact-details',
    criterion: 'confiable',
    mode: 'auto',
    title: { es: 'Da datos de contacto del área', en: 'Gives contact details of the office' },
    failureTitle: { es: 'No da datos de contacto', en: 'Gives no contact details' },
    description: {
      es: 'La página ofrece un correo electrónico o teléfono para preguntar por la información; un domicilio o formulario cuenta como parcial.',
      en: 'The page gives an e-mail address or phone number to ask about the information; a postal address or form alone counts as partial.',
    },
    help: {
      es: 'Publique el correo y el teléfono (con extensión) del área responsable junto a la información.',
      en: 'Publish the responsible office’s e-mail and phone (with extension) next to the information.',
    },
  },
  (ctx) => {
    const info = ctx.use(contactSignal);
    const direct = [...info.emails.map((e) => ['Correo', 'E-mail', e] as const), ...info.phones.map((p) => ['Teléfono', 'Phone', p] as const)];
    if (direct.length) return pass(direct.slice(0, 4).map(([es, en, item]) => hitEvidence(item.value, item.element, { es, en })));
    const indirect = [...info.addresses, ...info.forms, ...info.links];
    if (indirect.length) {
      return partial(indirect.slice(0, 3).map((item) => hitEvidence(item.value, item.element, { es: 'Contacto indirecto', en: 'Indirect contact' })), {
        es: 'Sólo hay un domicilio, un formulario o un enlace de contacto; falta un correo o teléfono.',
        en: 'There is only a postal address, a form or a contact link; an e-mail or phone is missing.',
      });
    }
    return fail([], { es: 'No se encontraron datos de contacto.', en: 'No contact details were found.' });
  },
);
