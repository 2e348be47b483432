import { defineCheck, fail, partial, pass } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { a11yBasicsSignal } from '../../signals/a11y-basics.js';

export const zoomAllowed = defineCheck(
  {
    id: 'zoom-allowed',
    criterion: 'accesible',
    mode: 'auto',
    title: { es: 'Se adapta al celular y permite ampliar', en: 'Adapts to phones and allows zoom' },
    failureTitle: { es: 'Impide ampliar o no se adapta al celular', en: 'Blocks zoom or does not adapt to phones' },
    description: {
      es: 'La página declara un viewport para pantallas pequeñas y no bloquea el zoom (user-scalable=no, maximum-scale < 2).',
      en: 'The page declares a viewport for small screens and does not block zoom (user-scalable=no, maximum-scale < 2).',
    },
    help: {
      es: 'Use <meta name="viewport" content="width=device-width, initial-scale=1"> sin user-scalable ni maximum-scale.',
      en: 'Use <meta name="viewport" content="width=device-width, initial-scale=1"> without user-scalable or maximum-scale.',
    },
  },
  (ctx) => {
    const { viewport, zoomBlocked } = ctx.use(a11yBasicsSignal);
    if (!viewport) return partial([], { es: 'No declara viewport: en celular se verá como en escritorio, reducida.', en: 'No viewport: phones show the desktop layout, shrunk.' });
    const evidence = [elementEvidence(viewport.element, { es: 'Viewport', en: 'Viewport' }, viewport.content)];
    return zoomBlocked ? fail(evidence) : pass(evidence);
  },
);
