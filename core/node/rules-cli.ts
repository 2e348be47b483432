/**
 * `proactiva reglas list|show|diff|validate` — rule sets for garantes: list the built-in ones, print
 * one (to start a jurisdiction's own file from it), compare two, and validate a file with errors
 * that name the field.
 */
import { readFile } from 'node:fs/promises';
import { builtInRuleSet, builtInRuleSets, resolveRuleSetFile } from '../rules/registry.js';
import { diffRuleSets, type RuleChange } from '../rules/diff.js';
import { RuleSetError } from '../rules/errors.js';
import type { ResolvedRuleSet } from '../rules/schema.js';
import type { LocalizedText } from '../schemas/index.js';
import { UsageError } from './cli-args.js';
import type { CliIo } from './cli.js';

type Lang = 'es' | 'en';
const t = (text: LocalizedText, lang: Lang) => (lang === 'en' ? text.en : text.es);
const isBuiltInRef = (ref: string) => /^[a-z0-9]+(-[a-z0-9]+)*(@\d+\.\d+\.\d+)?$/.test(ref) && !ref.endsWith('.json');

/** A rule set from a built-in id (or id@version) or a JSON file; problems become a UsageError naming the fields. */
export async function loadRuleSet(ref: string): Promise<ResolvedRuleSet> {
  try {
    if (isBuiltInRef(ref)) return builtInRuleSet(ref);
    let text: string;
    try {
      text = await readFile(ref, 'utf8');
    } catch (error) {
      throw new UsageError(`--rules: no se puede leer ${ref}: ${(error as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`--rules: ${ref} no es JSON válido: ${(error as Error).message}`);
    }
    return resolveRuleSetFile(json);
  } catch (error) {
    if (error instanceof RuleSetError) throw new UsageError(`--rules ${ref}: ${error.message}`);
    throw error;
  }
}

function list(lang: Lang): string {
  const rows = builtInRuleSets().map((r) => [
    `${r.id}@${r.version}`,
    r.base ? `${lang === 'en' ? 'over' : 'sobre'} ${r.base.id}` : lang === 'en' ? 'base' : 'base',
    `${r.effective.from}…${r.effective.until ?? ''}`,
    r.hash.slice(0, 12),
    t(r.title, lang),
  ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((c, i) => (i < row.length - 1 ? c.padEnd(widths[i]!) : c)).join('  ')).join('\n') + '\n';
}

const show = (r: ResolvedRuleSet): string => `${JSON.stringify(r, null, 2)}\n`;

const value = (v: unknown, lang: Lang): string => {
  if (v && typeof v === 'object' && 'es' in v && 'en' in v) return JSON.stringify(t(v as LocalizedText, lang));
  return JSON.stringify(v);
};

function diff(a: ResolvedRuleSet, b: ResolvedRuleSet, lang: Lang): string {
  const d = diffRuleSets(a, b);
  const lines = [`${a.id}@${a.version} (${a.hash.slice(0, 12)}) → ${b.id}@${b.version} (${b.hash.slice(0, 12)})`];
  if (a.hash === b.hash) return `${lines[0]}\n${lang === 'en' ? 'identical' : 'idénticos'}\n`;
  for (const id of d.added) lines.push(`+ ${id}`);
  for (const id of d.removed) lines.push(`- ${id}`);
  const label: Record<RuleChange['field'], [string, string]> = {
    weight: ['peso', 'weight'],
    essential: ['esencial', 'essential'],
    effort: ['esfuerzo', 'effort'],
    reference: ['referencia', 'reference'],
    recommendation: ['recomendación', 'recommendation'],
    params: ['umbrales', 'thresholds'],
  };
  for (const c of d.changed) {
    const name = label[c.field][lang === 'en' ? 1 : 0];
    if (c.field === 'recommendation') lines.push(`~ ${c.check} ${name}`);
    else lines.push(`~ ${c.check} ${name}: ${value(c.from, lang)} → ${value(c.to, lang)}`);
  }
  for (const c of d.criterionWeights) lines.push(`~ ${lang === 'en' ? 'criterion' : 'criterio'} ${c.criterion}: ${c.from} → ${c.to}`);
  return `${lines.join('\n')}\n`;
}

/** Runs `proactiva reglas <sub> …` and resolves to its exit code (0 fine, 1 invalid file, 2 usage). */
export async function runRules(args: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === 'list' || sub === 'lista') {
      io.stdout.write(list(lang));
      return 0;
    }
    if ((sub === 'show' || sub === 'ver') && rest.length === 1) {
      io.stdout.write(show(await loadRuleSet(rest[0]!)));
      return 0;
    }
    if (sub === 'diff' && rest.length === 2) {
      io.stdout.write(diff(await loadRuleSet(rest[0]!), await loadRuleSet(rest[1]!), lang));
      return 0;
    }
    if ((sub === 'validate' || sub === 'validar') && rest.length >= 1) {
      let failed = 0;
      for (const file of rest) {
        try {
          const r = await loadRuleSet(file);
          io.stdout.write(`${file}: ${lang === 'en' ? 'valid' : 'válido'} — ${r.id}@${r.version} ${r.hash}\n`);
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          failed++;
          io.stderr.write(`${error.message.replace(/^--rules /, '')}\n`);
        }
      }
      return failed ? 1 : 0;
    }
    throw new UsageError(
      lang === 'en'
        ? 'rules: use "list", "show <id|file>", "diff <a> <b>" or "validate <file>..."'
        : 'reglas: use "list", "show <id|archivo>", "diff <a> <b>" o "validate <archivo>..."',
    );
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`proactiva: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
