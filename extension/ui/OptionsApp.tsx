import { Fragment } from 'preact';
import { browser } from '@wxt-dev/browser';
import { useState } from 'preact/hooks';
import { CRITERIA } from '../../core/criteria.js';
import type { CriterionId } from '../../core/schemas/index.js';
import { collectorHealth } from '../collector/health.js';
import { fetchSession, VerificationError } from '../verification/api.js';
import { requestHostPermissions } from '../resources/host-access.js';
import { Settings } from '../settings/settings.js';
import { saveSettings } from '../settings/settings-store.js';
import { useI18n } from './i18n.js';
import { AsOfField } from './components/AsOfField.js';
import { RulesField } from './components/RulesField.js';

type Draft = Settings;

function NumberField({ id, label, help, value, min, max, onChange }: { id: string; label: string; help?: string; value: number; min: number; max: number; onChange: (n: number) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="number" min={min} max={max} value={value} onInput={(e) => onChange(Number((e.currentTarget as HTMLInputElement).value))} aria-describedby={help ? `${id}-help` : undefined} />
      {help ? <small id={`${id}-help`}>{help}</small> : null}
    </div>
  );
}

/**
 * Options: language, criterion weights, what an audit runs, batch limits, and the collector the
 * auditor may publish to. Saved only when valid (the Settings schema), with every error listed.
 */
export function OptionsApp({ initial }: { initial: Settings }) {
  const { t, l } = useI18n();
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const weight = (id: CriterionId) => draft.weights[id] ?? 1;
  const setWeight = (id: CriterionId, value: number) => {
    const weights = { ...draft.weights, [id]: value };
    // Equal weights (all 1) is the Decálogo's default profile: store nothing.
    set({ weights: Object.values(weights).every((w) => w === 1) ? {} : weights });
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = Settings.safeParse(draft);
    if (!parsed.success) {
      setErrors(parsed.error.issues.map((i) => `${i.path.join(' › ')}: ${i.message}`));
      setStatus('');
      return;
    }
    setErrors([]);
    // Saved first: a permission prompt left unanswered must not keep valid options from being saved.
    const asked = parsed.data.collector.url ? requestHostPermissions([parsed.data.collector.url]) : Promise.resolve(true);
    await saveSettings(parsed.data);
    setStatus(t('optSaved'));
    if (!(await asked)) setStatus(t('optCollectorNoPermission'));
  };

  /** GET /v1/auditors/me with the auditor token: who it is and how many campaigns wait. */
  const testAuditor = async () => {
    const collector = Settings.shape.collector.safeParse(draft.collector);
    if (!collector.success || !collector.data.url || !collector.data.auditorToken) {
      setErrors(collector.success ? [] : collector.error.issues.map((i) => `collector › ${i.path.join(' › ')}: ${i.message}`));
      return setStatus(t('optAuditorMissing'));
    }
    const attempt = () => fetchSession(collector.data);
    try {
      let session;
      try {
        session = await attempt();
      } catch (error) {
        // No answer at all: the collector may not list this extension's origin; ask for access to it.
        if (!(error instanceof VerificationError) || error.status !== 0 || !(await requestHostPermissions([collector.data.url]))) throw error;
        session = await attempt();
      }
      setStatus(t('optAuditorOk', session.auditor.name, session.campaigns.filter((c) => c.pendingPages > 0).length));
    } catch (error) {
      setStatus(t('optAuditorFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  const test = async () => {
    const url = draft.collector.url;
    if (!url) return setStatus(t('optCollectorMissing'));
    if (!(await requestHostPermissions([url]))) return setStatus(t('accessRefused'));
    try {
      const health = await collectorHealth(url);
      setStatus(t('optCollectorOk', health.db));
    } catch (error) {
      setStatus(t('optCollectorFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <form class="options" onSubmit={(e) => void save(e)} noValidate>
      <header class="brand-name" style={{ marginBottom: '0.8rem' }}>
        <img class="logo" src="/icons/32.png" alt="" />
        <h1>{t('optionsTitle')}</h1>
      </header>
      {errors.length > 0 ? (
        <div class="error-summary" role="alert" data-testid="options-errors">
          <h2>{t('optErrors')}</h2>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset>
        <legend>{t('optLanguage')}</legend>
        <div class="field">
          <label for="opt-locale">{t('optLanguageLabel')}</label>
          <select id="opt-locale" value={draft.locale} onChange={(e) => set({ locale: (e.currentTarget as HTMLSelectElement).value === 'en' ? 'en' : 'es-MX' })}>
            <option value="es-MX">Español (México)</option>
            <option value="en">English</option>
          </select>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('optWeights')}</legend>
        <p class="muted">{t('optWeightsHelp')}</p>
        <div class="weights">
          {CRITERIA.map((c) => (
            <Fragment key={c.id}>
              <label for={`w-${c.id}`}>{l(c.title)}</label>
              <input id={`w-${c.id}`} type="number" min={0} max={10} step={0.5} value={weight(c.id)} onInput={(e) => setWeight(c.id, Number((e.currentTarget as HTMLInputElement).value))} />
            </Fragment>
          ))}
        </div>
        <p>
          <button type="button" onClick={() => set({ weights: {} })}>
            {t('optWeightsReset')}
          </button>
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('optAudit')}</legend>
        <p>
          <label class="switch">
            <input type="checkbox" checked={draft.axe} onChange={(e) => set({ axe: (e.currentTarget as HTMLInputElement).checked })} />
            {t('optAxe')}
          </label>
        </p>
        <p>
          <label class="switch">
            <input type="checkbox" checked={draft.headChecks.enabled} onChange={(e) => set({ headChecks: { ...draft.headChecks, enabled: (e.currentTarget as HTMLInputElement).checked } })} />
            {t('optHead')}
          </label>
        </p>
        <p>
          <label class="switch">
            <input
              type="checkbox"
              data-testid="opt-inspect"
              checked={draft.headChecks.inspect}
              aria-describedby="opt-inspect-help"
              onChange={(e) => set({ headChecks: { ...draft.headChecks, inspect: (e.currentTarget as HTMLInputElement).checked } })}
            />
            {t('optInspect')}
          </label>
          <small id="opt-inspect-help" class="muted" style={{ display: 'block' }}>
            {t('optInspectHelp')}
          </small>
        </p>
        <div class="row">
          <NumberField id="opt-head-concurrency" label={t('optHeadConcurrency')} value={draft.headChecks.concurrency} min={1} max={8} onChange={(n) => set({ headChecks: { ...draft.headChecks, concurrency: n } })} />
          <NumberField id="opt-head-timeout" label={t('optHeadTimeout')} value={draft.headChecks.timeoutMs} min={500} max={60_000} onChange={(n) => set({ headChecks: { ...draft.headChecks, timeoutMs: n } })} />
          <NumberField id="opt-audit-timeout" label={t('optAuditTimeout')} value={draft.auditTimeoutMs} min={5_000} max={300_000} onChange={(n) => set({ auditTimeoutMs: n })} />
          <AsOfField id="opt-as-of" value={draft.asOf} onChange={(value) => set({ asOf: value as Draft['asOf'] })} />
        </div>
        <RulesField id="opt-rules" value={draft.rules} onChange={(value) => set({ rules: value })} custom={draft.customRules} onLoadCustom={(rules) => set({ customRules: rules })} />
      </fieldset>

      <fieldset>
        <legend>{t('optBatch')}</legend>
        <div class="row">
          <NumberField id="opt-max-pages" label={t('optMaxPages')} value={draft.batch.maxPages} min={1} max={500} onChange={(n) => set({ batch: { ...draft.batch, maxPages: n } })} />
          <NumberField id="opt-max-depth" label={t('optMaxDepth')} value={draft.batch.maxDepth} min={0} max={5} onChange={(n) => set({ batch: { ...draft.batch, maxDepth: n } })} />
          <NumberField id="opt-batch-concurrency" label={t('optBatchConcurrency')} value={draft.batch.concurrency} min={1} max={6} onChange={(n) => set({ batch: { ...draft.batch, concurrency: n } })} />
          <NumberField id="opt-batch-timeout" label={t('optBatchTimeout')} value={draft.batch.timeoutMs} min={1_000} max={120_000} onChange={(n) => set({ batch: { ...draft.batch, timeoutMs: n } })} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('optCollector')}</legend>
        <p class="muted">{t('optCollectorHelp')}</p>
        <div class="field">
          <label for="opt-collector-url">{t('optCollectorUrl')}</label>
          <input id="opt-collector-url" type="url" value={draft.collector.url} placeholder="https://colector.garante.gob.mx" onInput={(e) => set({ collector: { ...draft.collector, url: (e.currentTarget as HTMLInputElement).value.trim() } })} />
        </div>
        <div class="field">
          <label for="opt-collector-site">{t('optCollectorSite')}</label>
          <input id="opt-collector-site" type="text" value={draft.collector.site} placeholder="agua-estado" onInput={(e) => set({ collector: { ...draft.collector, site: (e.currentTarget as HTMLInputElement).value.trim() } })} />
        </div>
        <div class="field">
          <label for="opt-collector-token">{t('optCollectorToken')}</label>
          <input id="opt-collector-token" type="password" autocomplete="off" value={draft.collector.token} onInput={(e) => set({ collector: { ...draft.collector, token: (e.currentTarget as HTMLInputElement).value.trim() } })} aria-describedby="opt-collector-token-help" />
          <small id="opt-collector-token-help">{t('optCollectorTokenHelp')}</small>
        </div>
        <button type="button" onClick={() => void test()}>
          {t('optCollectorTest')}
        </button>
        <div class="field" style={{ marginTop: '0.8rem' }}>
          <label for="opt-auditor-token">{t('optAuditorToken')}</label>
          <input
            id="opt-auditor-token"
            type="password"
            autocomplete="off"
            value={draft.collector.auditorToken}
            onInput={(e) => set({ collector: { ...draft.collector, auditorToken: (e.currentTarget as HTMLInputElement).value.trim() } })}
            aria-describedby="opt-auditor-token-help"
          />
          <small id="opt-auditor-token-help">{t('optAuditorTokenHelp')}</small>
        </div>
        <div class="actions">
          <button type="button" onClick={() => void testAuditor()} data-testid="test-auditor">
            {t('optAuditorTest')}
          </button>
          <a class="button" href={browser.runtime.getURL('/verification.html')} target="_blank" rel="noopener">
            {t('openVerification')}
          </a>
        </div>
      </fieldset>

      <div class="actions">
        <button type="submit" class="primary" data-testid="options-save">
          {t('optSave')}
        </button>
      </div>
      <p class="status-line" role="status" aria-live="polite" data-testid="options-status">
        {status}
      </p>
    </form>
  );
}
