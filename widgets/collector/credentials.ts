import { randomBytes } from 'node:crypto';

const random = (bytes: number) => randomBytes(bytes).toString('base64url');

/** A site's public key (goes in the widget): pk_ + 24 random URL-safe characters. */
export const newPublicKey = (): string => `pk_${random(18)}`;
/** A site's secret token (reads, exports, audit publishing): sk_ + 43 random characters (256 bits). */
export const newSiteToken = (): string => `sk_${random(32)}`;
/** The garante's admin token: at_ + 43 random characters (256 bits). */
export const newAdminToken = (): string => `at_${random(32)}`;
/** A named auditor's token (campaign verification queue): au_ + 43 random characters (256 bits). */
export const newAuditorToken = (): string => `au_${random(32)}`;
