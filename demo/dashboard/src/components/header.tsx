import type { Lang } from '../i18n.js';
import { useUi } from '../ui.js';

export function Header({ onLang, onLogout }: { onLang: (lang: Lang) => void; onLogout?: (() => void) | undefined }) {
  const { t } = useUi();
  return (
    <header class="top">
      <div class="top-inner">
        <p class="brand">
          <span class="brand-mark" aria-hidden="true">P</span>
          <span>
            <strong>Proactiva</strong>
            <span class="brand-sub">{t.appSubtitle}</span>
          </span>
        </p>
        <div class="top-actions">
          <button type="button" class="ghost" lang={t.switchToLang} onClick={() => onLang(t.switchToLang as Lang)}>
            {t.switchTo}
          </button>
          {onLogout ? (
            <button type="button" class="ghost" onClick={onLogout}>
              {t.logout}
            </button>
          ) : null}
        </div>
      </div>
    </header>
  );
}
