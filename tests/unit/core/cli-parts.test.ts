import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../../../core/node/cli-args.js';
import { renderTable } from '../../../core/node/cli-table.js';
import { slugFor } from '../../../core/node/cli.js';
import { createProgress } from '../../../core/node/progress.js';
import { summaryRows } from '../../../core/report/index.js';
import { realReport } from './report-helpers.js';

const fakeStream = (isTTY: boolean) => {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 60, write: (s: string) => chunks.push(s) } as unknown as NodeJS.WriteStream };
};

describe('CLI parts', () => {
  it('parses and validates arguments with defaults', () => {
    const o = parseCli(['audit', 'a.html', 'https://x.gob.mx/', '-f', 'csv', '--head', '-c', '3']);
    expect(o).toMatchObject({ command: 'audit', inputs: ['a.html', 'https://x.gob.mx/'], format: 'csv', head: true, concurrency: 3, lang: 'es', timeout: 15_000 });
    expect(() => parseCli(['audit', 'a.html', '--lang', 'fr'])).toThrow(UsageError);
    expect(() => parseCli(['audit', 'a.html', '--base-url', 'no-es-url'])).toThrow(/--base-url/);
    expect(() => parseCli(['audit', 'a.html', '--max-bytes', '-1'])).toThrow(/--max-bytes/);
  });

  it('makes unique, safe file names', () => {
    const taken = new Set<string>();
    expect(slugFor('dir/página uno.html', taken)).toBe('pagina-uno');
    expect(slugFor('otra/página uno.html', taken)).toBe('pagina-uno-2');
    expect(slugFor('https://www.gob.mx/salud/datos/', taken)).toBe('www.gob.mx-salud-datos');
    expect(slugFor('../../etc/passwd', taken)).toBe('passwd');
  });

  it('draws a redrawn bar on a TTY and plain lines otherwise', () => {
    const tty = fakeStream(true);
    const bar = createProgress(2, tty.stream);
    bar.tick('a.html', true);
    bar.tick('b.html', false);
    bar.done();
    expect(tty.chunks[0]).toMatch(/^\r\x1b\[2K\[█{12}░{12}\] 1\/2 a\.html$/);
    expect(tty.chunks[1]).toContain('2/2 ✗ b.html');
    expect(tty.chunks.at(-1)).toBe('\n');
    const plain = fakeStream(false);
    const lines = createProgress(2, plain.stream);
    lines.tick('a.html', true);
    lines.tick('b.html', false);
    lines.done();
    expect(plain.chunks).toEqual(['[1/2] ok a.html\n', '[2/2] error b.html\n']);
  });

  it('renders the summary table with the ten criteria and failed pages', () => {
    const report = realReport();
    const [row] = summaryRows([report]);
    const table = renderTable([{ page: 'datos.html', row: row! }], [{ input: 'roto.html', reason: 'x' }], 'es');
    const lines = table.split('\n');
    expect(lines[0]!.split(/\s{2,}/)).toHaveLength(14);
    expect(lines[2]).toMatch(/^datos\.html\s+(\d+|—)\s/);
    expect(lines[3]).toMatch(/^roto\.html\s+error/);
    expect(table).toContain('form=formatos-abiertos');
  });
});
