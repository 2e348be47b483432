import type { AuditReport } from '../../../core/schemas/index.js';
import { reportFile, type ExportFormat } from '../../export/report-files.js';
import { saveFile } from '../../export/save-file.js';
import { useI18n } from '../i18n.js';

/** Export the report shown (answers included) through the core's renderers. */
export function ExportButtons({ report, onError }: { report: AuditReport; onError: (message: string) => void }) {
  const { t, locale } = useI18n();
  const run = (format: ExportFormat) => {
    try {
      saveFile(reportFile(report, format, locale));
    } catch (error) {
      onError(t('exportFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  return (
    <>
      <button type="button" onClick={() => run('json')} data-testid="export-json">
        {t('exportJson')}
      </button>
      <button type="button" onClick={() => run('csv')} data-testid="export-csv">
        {t('exportCsv')}
      </button>
      <button type="button" onClick={() => run('html')} data-testid="export-html">
        {t('exportHtml')}
      </button>
    </>
  );
}
