// Build-time constants WXT defines (wxt/dist/core/utils/globals.mjs). Declared here because the
// root tsconfig type-checks the extension without WXT's generated .wxt/ folder.
interface ImportMetaEnv {
  readonly BROWSER: string;
  readonly CHROME: boolean;
  readonly FIREFOX: boolean;
  readonly MANIFEST_VERSION: 2 | 3;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

// Stylesheets imported for their side effect (Vite bundles them into the page).
declare module '*.css';
