/**
 * `npm run build:widgets` (vite build -c widgets/vite.config.ts) writes widgets/dist/:
 * - proactiva-widgets.js: every widget in one minified ES module;
 * - proactiva-feedback.js, proactiva-summary.js, proactiva-score.js: one self-contained ES module
 *   per widget (each includes Lit; use the bundle when a page embeds more than one);
 * - types/: TypeScript declarations (tsc, widgets/tsconfig.build.json);
 * - custom-elements.json: the custom elements manifest (@custom-elements-manifest/analyzer).
 * - chunks/: what the widgets load after their first render (serve it beside the files): the
 *   reasons form, scrubber and outbox of <proactiva-feedback> on first interaction (details-*),
 *   its English strings only with lang="en" (strings-en-*), and the zod/mini validation of
 *   <proactiva-summary> and <proactiva-score>, requested together with their data
 *   (validation-*). Chunks import from the entry file by its name: keep the names as built.
 * Each file is its own Vite environment so that no chunk is shared between them.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions, type Plugin } from 'vite';

const widgets = dirname(fileURLToPath(import.meta.url));
const root = dirname(widgets);
const outDir = join(widgets, 'dist');

/** Output file name → entry module. */
const ENTRIES: Record<string, string> = {
  'proactiva-widgets': 'index.ts',
  'proactiva-feedback': 'feedback/index.ts',
  'proactiva-summary': 'summary/index.ts',
  'proactiva-score': 'score/index.ts',
};

/** Vite environment names allow letters, digits, $ and _ only. */
const envName = (file: string) => file.replace(/-/g, '_');

function environment(name: string, entry: string): EnvironmentOptions {
  return {
    consumer: 'client',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      copyPublicDir: false,
      reportCompressedSize: true,
      lib: { entry: join(widgets, entry), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        // Lazy chunks (the feedback form) import Lit and
        // shared code from the entry file itself. Vite's library default ('strict') would move
        // that code into a second chunk the entry imports: one more request and one more gzip
        // stream on every first load.
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/**
 * Lit css`` templates are strings to the JS minifier, so it keeps their indentation and line
 * breaks; this collapses them (ours have no interpolations, comments or quoted strings) before
 * bundling, about 0.5 KB gzip off each widget.
 */
function compactCssTemplates(): Plugin {
  const compact = (css: string) =>
    css
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'proactiva:compact-css-templates',
    transform(code, id) {
      if (!/[\\/]widgets[\\/].*styles\.ts$/.test(id)) return null;
      return { code: code.replace(/css`([^`$]*)`/g, (_, body: string) => `css\`${compact(body)}\``), map: null };
    },
  };
}

/** After the bundles: declarations with tsc and the manifest with cem, both into dist/. */
function declarationsAndManifest(): Plugin {
  return {
    name: 'proactiva:declarations-and-manifest',
    async buildApp(builder) {
      rmSync(outDir, { recursive: true, force: true });
      for (const name of Object.keys(ENTRIES)) await builder.build(builder.environments[envName(name)]!);
      const bin = (name: string) => join(root, 'node_modules', '.bin', name);
      run(bin('tsc'), ['-p', join(widgets, 'tsconfig.build.json')]);
      run(bin('cem'), [
        'analyze',
        '--litelement',
        '--globs',
        'widgets/feedback/proactiva-feedback.ts',
        'widgets/summary/proactiva-summary.ts',
        'widgets/score/proactiva-score.ts',
        'widgets/feedback/index.ts',
        'widgets/summary/index.ts',
        'widgets/score/index.ts',
        '--outdir',
        'widgets/dist',
      ]);
    },
  };
}

export default defineConfig({
  root: widgets,
  publicDir: false,
  logLevel: 'warn',
  builder: {},
  environments: Object.fromEntries(Object.entries(ENTRIES).map(([name, entry]) => [envName(name), environment(name, entry)])),
  plugins: [compactCssTemplates(), declarationsAndManifest()],
});
