// A small progress bar on stderr for long runs; silent when not a terminal.
export interface Progress {
  start(label: string, total: number): void;
  tick(n: number): void;
  done(): void;
  /** A one-line notice, such as waiting for another ingest (optional: runIngest falls back to its log). */
  note?(message: string): void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr, minTotal = 20_000): Progress {
  let label = '';
  let total = 0;
  let current = 0;
  let last = 0;
  let active = false;
  const draw = () => {
    const width = 30;
    const frac = total ? current / total : 1;
    const bar = '#'.repeat(Math.round(frac * width)).padEnd(width, '.');
    const line = `${label.padEnd(10)} [${bar}] ${(frac * 100).toFixed(0).padStart(3)}% ${current}/${total}`;
    stream.write(stream.isTTY ? `\r${line}` : `${line}\n`);
  };
  return {
    start(l, t) {
      label = l;
      total = t;
      current = 0;
      last = Date.now();
      active = t >= minTotal;
      if (active) draw();
    },
    tick(n) {
      current += n;
      if (active && (Date.now() - last > (stream.isTTY ? 100 : 2000) || current >= total)) {
        last = Date.now();
        draw();
      }
    },
    done() {
      if (active && stream.isTTY) stream.write('\n');
      active = false;
    },
    note(message) {
      stream.write(`${message}\n`);
    },
  };
}

export const silentProgress: Progress = { start() {}, tick() {}, done() {} };
