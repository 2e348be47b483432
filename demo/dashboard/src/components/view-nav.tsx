/** The tablero's two sections, as links that keep their address (the panel's filters, the campaign's choice). */
import { useUi } from '../ui.js';

export function ViewNav({ current, onPanel, onCampaigns, campaignsHref }: { current: 'panel' | 'campaigns'; onPanel: () => void; onCampaigns: () => void; campaignsHref: string }) {
  const { t } = useUi();
  const follow = (go: () => void) => (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    go();
  };
  return (
    <nav class="views" aria-label={t.navLabel}>
      <ul>
        <li>
          <a href="./" aria-current={current === 'panel' ? 'page' : undefined} onClick={follow(onPanel)}>
            {t.navPanel}
          </a>
        </li>
        <li>
          <a href={campaignsHref} aria-current={current === 'campaigns' ? 'page' : undefined} onClick={follow(onCampaigns)}>
            {t.navCampaigns}
          </a>
        </li>
      </ul>
    </nav>
  );
}
