/** Why a page could not be read (the CLI prints it and exits 1; other pages are still audited). */
export type PageReadErrorCode = 'not-found' | 'io' | 'timeout' | 'http-status' | 'content-type' | 'network' | 'invalid-url';

export class PageReadError extends Error {
  override readonly name = 'PageReadError';
  constructor(
    readonly code: PageReadErrorCode,
    message: string,
    /** The Content-Type that was refused (code 'content-type'). */
    readonly contentType?: string,
  ) {
    super(message);
  }
}
