import { builtInRuleSets, resolveRuleSetFile, RuleSetError, type ResolvedRuleSet } from '../../../core/index.js';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n.js';

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The garante's own set, when one was loaded; offered as 'custom'. */
  custom: ResolvedRuleSet | null;
  /** Given in the options page only: loading a file there stores it for every audit. */
  onLoadCustom?: (rules: ResolvedRuleSet) => void;
}

/** Which rule set an audit runs under: the law in force on the verification date, a built-in set or a garante's file. */
export function RulesField({ id, value, onChange, custom, onLoadCustom }: Props) {
  const { t, l } = useI18n();
  const [problems, setProblems] = useState<readonly string[]>([]);

  const load = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || !onLoadCustom) return;
    try {
      const rules = resolveRuleSetFile(JSON.parse(await file.text()));
      setProblems([]);
      onLoadCustom(rules);
      onChange('custom');
    } catch (error) {
      setProblems(error instanceof RuleSetError ? error.problems : [error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <div class="field">
      <label for={id}>{t('rulesLabel')}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)} aria-describedby={`${id}-help`} data-testid={id}>
        <option value="default">{t('rulesDefault')}</option>
        {builtInRuleSets().map((r) => (
          <option key={r.id} value={r.id}>
            {`${r.id} ${r.version} — ${l(r.title)}`}
          </option>
        ))}
        {custom ? <option value="custom">{`${t('rulesCustom')}: ${custom.id} ${custom.version}`}</option> : null}
      </select>
      <small id={`${id}-help`}>{t('rulesHelp')}</small>
      {onLoadCustom ? (
        <>
          <label for={`${id}-file`}>{t('rulesFile')}</label>
          <input id={`${id}-file`} type="file" accept="application/json,.json" onChange={(e) => void load(e.currentTarget as HTMLInputElement)} data-testid={`${id}-file`} />
          {custom ? (
            <small data-testid={`${id}-loaded`}>{t('rulesLoaded', custom.id, custom.version, custom.hash.slice(0, 12))}</small>
          ) : null}
          {problems.length ? (
            <div class="notice" role="alert" data-testid={`${id}-problems`}>
              <p>{t('rulesInvalid')}</p>
              <ul>
                {problems.slice(0, 20).map((p) => (
                  <li key={p} class="wrap">
                    {p}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
