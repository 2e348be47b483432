import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { escapeHtml } from '../../../core/report/escape.js';
import type { Locale } from '../../../core/schemas/index.js';
import { errorMessage } from '../strings.js';
import { InvalidInputError } from '../validation.js';
import { HttpError } from './errors.js';

const TEXT = {
  es: { title: 'No pudimos registrar tu respuesta', back: 'Regresar a la página', backHint: 'Usa el botón «Atrás» de tu navegador para regresar a la página.' },
  en: { title: 'We could not record your answer', back: 'Back to the page', backHint: "Use your browser's Back button to return to the page." },
};

/**
 * The answer to a browser that posted a plain HTML form and cannot read JSON: a small page in the
 * visitor's language that says what went wrong, with a link back only when the page is on one of
 * the site's registered origins (`back`).
 */
export function errorPage(c: Context, error: unknown, locale: Locale, back: string | null): Response {
  let status: ContentfulStatusCode = 500;
  let message: string;
  if (error instanceof HttpError) {
    status = error.status;
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    message = errorMessage(error.code, locale, { field: error.field ?? '', ...error.values });
  } else if (error instanceof InvalidInputError) {
    status = 400;
    const first = error.issues[0] ?? { field: null, message: '' };
    message = errorMessage(first.field ? 'invalid_field' : 'invalid_body', locale, { field: first.field ?? '', detail: first.message });
  } else {
    console.error('[collector] unexpected error:', error);
    message = errorMessage('internal', locale);
  }
  const t = locale === 'en' ? TEXT.en : TEXT.es;
  const link = back ? `<p><a href="${escapeHtml(back)}">${t.back}</a></p>` : `<p>${t.backHint}</p>`;
  c.header('Cache-Control', 'no-store');
  c.header('Content-Security-Policy', "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  return c.html(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title></head>` +
      `<body><main><h1>${t.title}</h1><p>${escapeHtml(message)}</p>${link}</main></body></html>`,
    status,
  );
}
