import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from '../../../core/schemas/index.js';
import { errorMessage, type ErrorCode } from '../strings.js';
import { InvalidInputError } from '../validation.js';
import { requestLocale } from './locale.js';

/** An answer other than success: status, code, the field at fault, values for the message, extra headers. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly field: string | null = null,
    readonly values: Record<string, string | number> = {},
    readonly headers: Record<string, string> = {},
    /** More about the refusal, beside code and message (e.g. who holds a page and until when). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'HttpError';
  }
}

type ErrorBody = ApiError & { error: { issues?: { field: string | null; message: string }[]; [detail: string]: unknown } };

/** The JSON error answer `{ error: { code, message, field } }` for anything a handler threw. */
export function errorResponse(c: Context, error: unknown): Response {
  const locale = requestLocale(c);
  let status: ContentfulStatusCode = 500;
  let body: ErrorBody;
  let headers: Record<string, string> = {};
  if (error instanceof HttpError) {
    status = error.status;
    headers = error.headers;
    body = { error: { ...error.details, code: error.code, message: errorMessage(error.code, locale, { field: error.field ?? '', ...error.values }), field: error.field } };
  } else if (error instanceof InvalidInputError) {
    status = 400;
    const first = error.issues[0] ?? { field: null, message: '' };
    const code: ErrorCode = first.field ? 'invalid_field' : 'invalid_body';
    body = {
      error: {
        code,
        message: errorMessage(code, locale, { field: first.field ?? '', detail: first.message }),
        field: first.field,
        issues: error.issues.slice(0, 20).map(({ field, message }) => ({ field, message })),
      },
    };
  } else {
    console.error('[collector] unexpected error:', error);
    body = { error: { code: 'internal', message: errorMessage('internal', locale), field: null } };
  }
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  c.header('Cache-Control', 'no-store');
  return c.json(body, status);
}
