/** Progress on stderr for multi-page runs: a redrawn bar on a TTY, plain lines otherwise. */
export interface Progress {
  tick(label: string, ok: boolean): void;
  done(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream): Progress {
  let count = 0;
  const tty = Boolean(stream.isTTY);
  const width = 24;
  return {
    tick(label, ok) {
      count++;
      if (tty) {
        const filled = Math.round((count / total) * width);
        const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
        const columns = stream.columns ?? 80;
        const text = `[${bar}] ${count}/${total} ${ok ? '' : '✗ '}${label}`;
        stream.write(`\r\x1b[2K${text.slice(0, columns - 1)}`);
      } else {
        stream.write(`[${count}/${total}] ${ok ? 'ok' : 'error'} ${label}\n`);
      }
    },
    done() {
      if (tty && count > 0) stream.write('\n');
    },
  };
}
