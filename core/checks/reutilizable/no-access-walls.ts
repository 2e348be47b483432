import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { linksSignal } from '../../signals/links.js';
import { elementEvidence } from '../../signals/dom.js';
import { wallsSignal } from '../../signals/walls.js';

const LABEL = {
  captcha: { es: 'Captcha', en: 'Captcha' },
  login: { es: 'Inicio de sesión', en: 'Login' },
  registration: { es: 'Registro', en: 'Registration' },
  'personal-data-form': { es: 'Formulario con datos personales', en: 'Form asking personal data' },
  payment: { es: 'Cobro', en: 'Fee' },
} as const;

export const noAccessWalls = defineCheck(
  {
    id: 'no-access-walls',
    criterion: 'reutilizable',
    mode: 'auto',
    title: { es: 'Se descarga sin registro, captcha ni costo', en: 'Downloads need no registration, captcha or fee' },
    failureTitle: { es: 'Pide registro, captcha, datos personales o pago para acceder', en: 'Asks for registration, captcha, personal data or payment' },
    description: {
      es: 'La información se consulta y descarga de forma directa y gratuita, sin crear una cuenta, resolver un captcha ni dar datos personales.',
      en: 'The information can be read and downloaded directly and free of charge, without an account, a captcha or personal data.',
    },
    help: {
      es: 'Quite el registro y el captcha de las descargas de información pública; enlace los archivos directamente.',
      en: 'Remove registration and captchas from public information downloads; link the files directly.',
    },
  },
  (ctx) => {
    const { walls } = ctx.use(wallsSignal);
    if (!walls.length) {
      return ctx.use(linksSignal).downloads.length
        ? pass()
        : notApplicable({ es: 'No hay descargas ni barreras en la página.', en: 'There are no downloads or barriers on the page.' });
    }
    return fail(walls.slice(0, 5).map((w) => elementEvidence(w.element, LABEL[w.kind], w.snippet)));
  },
);
