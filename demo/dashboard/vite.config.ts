/**
 * `npm run build:dashboard` (vite build -c demo/dashboard/vite.config.ts) writes
 * demo/dashboard/dist/: the garante's tablero de control, a static Preact app that reads the
 * collector named in /config.json (served next to it by `npm start`).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [preact()],
  build: {
    outDir: join(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    rolldownOptions: { output: { minify: true } },
  },
});
