/**
 * A progress bar on stderr — only on a terminal and only for big inputs, so pipes, files and CI
 * logs stay clean.
 * @module
 */
import type { TextOut } from './env.js';

/** Inputs with more rows than this get a progress bar. */
export const PROGRESS_MIN_ROWS = 10_000;

/** A progress display. */
export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

/**
 * A progress bar drawn on `stream` when it is a terminal and the total exceeds
 * {@link PROGRESS_MIN_ROWS}; otherwise a silent one.
 * @example
 * createProgress({ write: () => true, isTTY: false }, '读取').update(5, 20000) // nothing drawn
 */
export function createProgress(stream: TextOut, label: string): Progress {
  let lastDrawn = -1;
  let shown = false;
  return {
    update(done, total) {
      if (!stream.isTTY || total <= PROGRESS_MIN_ROWS) return;
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === lastDrawn) return;
      lastDrawn = percent;
      shown = true;
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${percent}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
