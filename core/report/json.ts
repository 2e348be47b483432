import { AuditInputError } from '../errors.js';
import { AuditReport } from '../schemas/index.js';

function validate(value: unknown, what: string): AuditReport {
  const parsed = AuditReport.safeParse(value);
  if (!parsed.success) {
    throw new AuditInputError(
      what,
      parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  return parsed.data;
}

/** Serialises a report as pretty JSON after checking it against the AuditReport schema. */
export function toJson(report: AuditReport): string {
  return `${JSON.stringify(validate(report, 'invalid audit report'), null, 2)}\n`;
}

/** Reads a saved report back (JSON text → validated AuditReport); throws AuditInputError when invalid. */
export function fromJson(text: string): AuditReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AuditInputError('report is not valid JSON', [error instanceof Error ? error.message : String(error)]);
  }
  return validate(value, 'invalid audit report');
}
