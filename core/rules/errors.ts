/** A rule set that does not validate; each problem names the field it is about ("checks.update-age.weight: …"). */
export class RuleSetError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(problems.length ? `${message}:\n  ${problems.join('\n  ')}` : message);
    this.name = 'RuleSetError';
  }
}
