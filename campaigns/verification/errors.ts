import type { PageHolder } from '../../core/schemas/index.js';

/** The page is held by another auditor whose lease has not expired. */
export class PageTakenError extends Error {
  constructor(readonly holder: PageHolder) {
    super(`page held by ${holder.auditor.name} until ${holder.expiresAt}`);
    this.name = 'PageTakenError';
  }
}

/** Another auditor answered the page after the claim this submission was made under: it must be seen first. */
export class PageChangedError extends Error {
  constructor(readonly by: string[], readonly at: string) {
    super(`page answered meanwhile by ${by.join(', ')}`);
    this.name = 'PageChangedError';
  }
}

/** The campaign has no stored result for this page (never audited, or not in the campaign). */
export class CampaignPageNotFoundError extends Error {
  constructor(readonly campaignId: string, readonly page: string) {
    super(`campaign ${campaignId} has no result for ${page}`);
    this.name = 'CampaignPageNotFoundError';
  }
}

/** An answer names a check that is not a review check of the page's report. */
export class UnknownReviewCheckError extends Error {
  constructor(readonly index: number, readonly checkId: string) {
    super(`${checkId} is not a review check of this page`);
    this.name = 'UnknownReviewCheckError';
  }
}
