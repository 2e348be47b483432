import { SITE_ID_PATTERN } from '../../core/schemas/limits.js';
import { httpUrl, pageAddress } from '../shared/urls.js';

export interface FeedbackAttributes {
  site: string | null;
  endpoint: string | null;
  siteKey: string | null;
  privacyUrl: string | null;
  page: string | null;
}

export interface FeedbackConfig {
  site: string;
  endpoint: string;
  siteKey: string;
  privacyUrl: string;
  page: string;
}

export type ConfigResult =
  | { ok: true; config: FeedbackConfig }
  | { ok: false; missingPrivacy: boolean; problems: { attribute: string; message: string }[] };

/**
 * Reads the element's attributes against the same limits the FeedbackRecord schema applies (core
 * limits; the collector validates the records themselves with zod). Without a valid privacy-url
 * there is no form: collecting opinions requires an aviso de privacidad.
 */
export function readConfig(attrs: FeedbackAttributes, location: string): ConfigResult {
  const problems: { attribute: string; message: string }[] = [];
  const privacyUrl = httpUrl(attrs.privacyUrl, location);
  if (privacyUrl === null) {
    problems.push({
      attribute: 'privacy-url',
      message: attrs.privacyUrl ? `"${attrs.privacyUrl}" is not an http(s) URL` : 'the link to the aviso de privacidad is required',
    });
  }
  const site = attrs.site?.trim() ?? '';
  if (!SITE_ID_PATTERN.test(site)) problems.push({ attribute: 'site', message: 'a site id (3-100 lowercase letters, digits, dashes) is required' });
  const endpoint = httpUrl(attrs.endpoint, location);
  if (endpoint === null) problems.push({ attribute: 'endpoint', message: "the collector's http(s) URL is required" });
  const siteKey = attrs.siteKey?.trim() ?? '';
  if (siteKey === '' || siteKey.length > 200) problems.push({ attribute: 'site-key', message: "the site's public key is required" });
  const page = pageAddress(attrs.page ? (httpUrl(attrs.page, location) ?? '') : location);
  if (page === null) problems.push({ attribute: 'page', message: 'the page must be an http(s) URL' });
  if (problems.length > 0 || privacyUrl === null || endpoint === null || page === null) {
    return { ok: false, missingPrivacy: privacyUrl === null, problems };
  }
  return { ok: true, config: { site, endpoint, siteKey, privacyUrl, page } };
}
