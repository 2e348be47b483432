import { useRef } from 'preact/hooks';
import type { AuditReport } from '../../../core/schemas/index.js';
import { fromJson } from '../../../core/report/json.js';
import { AuditInputError } from '../../../core/errors.js';
import { useI18n } from '../i18n.js';

const MAX_BYTES = 5 * 1024 * 1024;

/** Reads a JSON report back (validated by the core's fromJson); a bad file gets a clear reason. */
export function ImportButton({ onImport, onError }: { onImport: (report: AuditReport) => void; onError: (message: string) => void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const read = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) return onError(t('importTooBig'));
    try {
      onImport(fromJson(await file.text()));
    } catch (error) {
      const detail = error instanceof AuditInputError ? `${error.message}: ${error.issues.slice(0, 3).join('; ')}` : String(error);
      onError(t('importFailed', detail.slice(0, 300)));
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t('importJson')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-file"
        onChange={(e) => void read((e.currentTarget as HTMLInputElement).files?.[0])}
      />
    </>
  );
}
