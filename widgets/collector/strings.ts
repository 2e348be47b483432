import type { Locale } from '../../core/schemas/index.js';

/** Messages of the collector's error answers, es-MX first (code → text). */
const MESSAGES = {
  not_found: { es: 'Ruta no encontrada.', en: 'No such route.' },
  method_not_allowed: { es: 'Método no permitido en esta ruta.', en: 'Method not allowed on this route.' },
  internal: { es: 'Error interno del colector; intente más tarde.', en: 'Internal collector error; try again later.' },
  unavailable: { es: 'La base de datos no responde.', en: 'The database does not answer.' },
  payload_too_large: { es: 'El cuerpo excede el límite de {max} bytes.', en: 'The body exceeds the {max}-byte limit.' },
  unsupported_media_type: { es: 'Se espera Content-Type: {expected}.', en: 'Content-Type: {expected} is expected.' },
  invalid_json: { es: 'El cuerpo no es JSON válido.', en: 'The body is not valid JSON.' },
  invalid_field: { es: 'Dato no válido en «{field}»: {detail}', en: 'Invalid value in "{field}": {detail}' },
  invalid_body: { es: 'Cuerpo no válido: {detail}', en: 'Invalid body: {detail}' },
  missing_key: { es: 'Falta la llave pública del sitio (encabezado X-Proactiva-Key).', en: 'The site public key is missing (X-Proactiva-Key header).' },
  unknown_key: { es: 'La llave pública no corresponde a ningún sitio registrado.', en: 'The public key matches no registered site.' },
  origin_not_allowed: { es: 'El origen {origin} no está registrado para este sitio.', en: 'Origin {origin} is not registered for this site.' },
  page_not_allowed: { es: 'La página no está en un origen registrado para este sitio.', en: 'The page is not on an origin registered for this site.' },
  site_mismatch: { es: 'El sitio del registro no corresponde a la llave pública.', en: 'The record site does not match the public key.' },
  unauthorized: { es: 'Se requiere un token válido (Authorization: Bearer …).', en: 'A valid token is required (Authorization: Bearer …).' },
  forbidden_site: { es: 'El token no permite acceder al sitio {site}.', en: 'The token cannot access site {site}.' },
  unknown_site: { es: 'El sitio {site} no está registrado.', en: 'Site {site} is not registered.' },
  rate_limited: { es: 'Demasiadas solicitudes; reintente en {seconds} s.', en: 'Too many requests; retry in {seconds} s.' },
  audit_not_found: { es: 'No existe una auditoría con ese id.', en: 'No audit has this id.' },
  audit_mismatch: { es: 'La auditoría no corresponde: {detail}', en: 'The audit does not match: {detail}' },
  good_practice_not_found: { es: 'No existe esa buena práctica.', en: 'No such good practice.' },
  admin_only: { es: 'Solo el token del organismo garante puede leer esto.', en: 'Only the garante token can read this.' },
  admin_only_write: { es: 'Solo el token del organismo garante puede publicar esto.', en: 'Only the garante token can publish this.' },
  campaign_not_found: { es: 'No existe la campaña {campaign}.', en: 'Campaign {campaign} does not exist.' },
  campaign_result_not_found: { es: 'La campaña {campaign} no tiene resultado para esa página.', en: 'Campaign {campaign} has no result for that page.' },
  auditor_only: { es: 'Solo un token de auditor(a) puede tomar o responder páginas de la cola de verificación.', en: 'Only an auditor token can take or answer pages of the verification queue.' },
  auditor_or_admin: { es: 'Se requiere un token de auditor(a) o del organismo garante.', en: 'An auditor or garante token is required.' },
  page_taken: { es: 'La página la tiene {auditor} hasta {until}.', en: 'The page is held by {auditor} until {until}.' },
  page_changed: { es: '{auditors} respondió esta página después de que usted la tomó; vuelva a abrirla para ver sus respuestas.', en: '{auditors} answered this page after you took it; open it again to see their answers.' },
  not_a_review_check: { es: '«{check}» no es una pregunta de revisión de esta página.', en: '"{check}" is not a review question of this page.' },
  open_data_file_not_found: { es: 'Ese archivo no existe; los datos abiertos de una campaña son {files}.', en: 'No such file; a campaign\'s open data are {files}.' },
} as const;

export type ErrorCode = keyof typeof MESSAGES;

/** The message for an error code in the locale, with {placeholders} filled. */
export function errorMessage(code: ErrorCode, locale: Locale, values: Record<string, string | number> = {}): string {
  const template = locale === 'en' ? MESSAGES[code].en : MESSAGES[code].es;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
