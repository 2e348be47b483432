/**
 * core/ is pure and isomorphic (design §3): no DOM globals, no chrome.*, no Node APIs outside
 * core/node/. This test reads the sources and fails on the first forbidden use it finds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const coreDir = join(import.meta.dirname, '../../../core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/\bfrom\s+['"]node:/, 'Node built-in import'],
  [/\bfrom\s+['"](fs|path|http|https|os|child_process|url|crypto|stream|buffer)['"]/, 'Node built-in import'],
  [/\brequire\(/, 'require()'],
  [/\bprocess\./, 'process global'],
  [/\bBuffer\./, 'Buffer global'],
  [/(?<![\w.])window\./, 'window global'],
  [/(?<![\w.'"`])document\.(?!documentElement)/, 'document global'],
  [/(?<![\w.])navigator\./, 'navigator global'],
  [/(?<![\w.])localStorage\b/, 'localStorage global'],
  [/\bchrome\.\w/, 'chrome.* API'],
  [/\bbrowser\.\w+\./, 'browser.* API'],
  [/\bfrom\s+['"]linkedom['"]/, 'DOM implementation import (adapters live in core/node)'],
  [/\bfrom\s+['"]happy-dom['"]/, 'DOM implementation import (adapters live in core/node)'],
];

const stripComments = (code: string): string =>
  code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('core purity', () => {
  const files = sources(coreDir);
  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files.map((f) => [relative(coreDir, f), f]))('%s uses no globals or Node APIs', (_name, file) => {
    const code = stripComments(readFileSync(file, 'utf8'));
    for (const [pattern, what] of FORBIDDEN) {
      const match = pattern.exec(code);
      expect(match, `${what}: ${match?.[0]}`).toBeNull();
    }
  });
});
