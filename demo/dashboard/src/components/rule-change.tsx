/** A rule change between the audits a variation compares: a mark and the rule sets, in words. */
import { rulesLabel } from '../i18n.js';
import type { RulesChange } from '../model/change.js';
import { useUi } from '../ui.js';

export function RuleChangeNote({ changes }: { changes: readonly RulesChange[] }) {
  const { t, lang } = useUi();
  return (
    <span class="rule-change" data-testid="rule-change">
      <span aria-hidden="true">⚠ </span>
      {t.ruleChange}:{' '}
      {changes.map((c, i) => (
        <span key={`${c.from.key}>${c.to.key}`}>
          {i > 0 ? '; ' : ''}
          {rulesLabel(c.from, c.to, lang)}
          <span aria-hidden="true"> → </span>
          <span class="visually-hidden"> {t.ruleChangeTo} </span>
          {rulesLabel(c.to, c.from, lang)}
        </span>
      ))}
    </span>
  );
}
