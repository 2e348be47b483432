import { useI18n } from '../i18n.js';

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
}

const TODAY = (): string => new Date().toISOString().slice(0, 10);

/** The verification date (fecha de corte) of an audit: a date input, empty for today. */
export function AsOfField({ id, value, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for={id}>{t('asOfLabel')}</label>
      <input
        id={id}
        type="date"
        value={value}
        max={TODAY()}
        aria-describedby={`${id}-help`}
        onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
        data-testid={id}
      />
      <small id={`${id}-help`}>{t('asOfHelp')}</small>
    </div>
  );
}
