/** A typed error for input the core cannot audit (the only thing audit() throws). */
export class AuditInputError extends Error {
  override readonly name = 'AuditInputError';
  constructor(
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(message);
  }
}
