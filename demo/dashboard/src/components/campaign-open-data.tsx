/** The campaign as open data: its four files (GET /v1/campaigns/:id/datos-abiertos/…), to download and publish. */
import { OPEN_DATA_FILES, type OpenDataFile } from '../../../../campaigns/open-data-files.js';
import { useUi } from '../ui.js';

export function CampaignOpenData({ onDownload }: { onDownload: (file: OpenDataFile) => void }) {
  const { t } = useUi();
  return (
    <section aria-labelledby="campaign-open-data-title" data-testid="campaign-open-data">
      <h2 id="campaign-open-data-title">{t.campaignOpenDataTitle}</h2>
      <p class="intro">{t.campaignOpenDataIntro}</p>
      <div class="row-actions">
        {OPEN_DATA_FILES.map((file) => (
          <button key={file} type="button" class="small" data-file={file} onClick={() => onDownload(file)}>
            {t.campaignOpenDataFile[file]}
          </button>
        ))}
      </div>
    </section>
  );
}
