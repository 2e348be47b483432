import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The auditors' extension (extension/README.md). Chrome MV3 and Firefox MV2 from the same sources:
 * `npm run build:extension` → .output/chrome-mv3 and .output/firefox-mv2.
 *
 * Permissions stay minimal: the page is reached through `activeTab` (the auditor clicks the
 * toolbar icon) and `scripting`; every other host is an optional permission requested at run time
 * (batch audits of other sites, HEAD checks of downloads on other hosts, the collector).
 */
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: '.output',
  // Explicit imports everywhere: the root tsconfig type-checks the extension without .wxt/.
  imports: false,
  webExt: { disabled: true },
  zip: {
    artifactTemplate: 'proactiva-auditor-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'proactiva-auditor-{{version}}-sources.zip',
    // Firefox reviewers rebuild from sources: what the extension is built from, nothing else.
    includeSources: ['extension/**', 'core/**', 'wxt.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'README.md'],
  },
  vite: () => ({
    plugins: [preact()],
    build: { chunkSizeWarningLimit: 2_000 },
    resolve: {
      // The core's CSV reader imports csv-parse's Node build (3-5× faster in Node than the
      // browser build); browsers get csv-parse's browser build, same API without node:stream.
      alias: [
        { find: /^csv-parse$/, replacement: 'csv-parse/browser/esm' },
        { find: /^csv-parse\/sync$/, replacement: 'csv-parse/browser/esm/sync' },
      ],
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'es',
    action: { default_title: '__MSG_actionTitle__' },
    // `sidePanel` is added by WXT for the side panel entrypoint (Chrome); `offscreen` hosts batches.
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    ...(manifestVersion === 3 ? { optional_host_permissions: OPTIONAL_HOSTS } : { optional_permissions: OPTIONAL_HOSTS }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected by default; publishing to a collector is the auditor's explicit act.
            // 140 (desktop) and 142 (Android) are the first to read data_collection_permissions.
            gecko: { id: 'auditor@proactiva.mx', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
