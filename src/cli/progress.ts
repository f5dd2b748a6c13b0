/**
 * Progress on stderr — only on a terminal, so pipes, files and CI logs stay clean: a bar for steps
 * with a count (reading rows), only for big inputs; a line for steps without one (checking,
 * writing a workbook), each with the seconds it has taken so far. Every line is cleared when done.
 * @module
 */
import type { TextOut } from './env.js';

/** Inputs with more rows than this get a progress bar. */
export const PROGRESS_MIN_ROWS = 10_000;

/** A progress display. */
export interface Progress {
  /** A counted step: `done` of `total` (a bar, for totals above {@link PROGRESS_MIN_ROWS}). */
  update(done: number, total: number): void;
  /** A step without a count (`检查……`, `写出 fixed.xlsx……`): its label on the line until the next step or `done`. */
  step(label: string): void;
  /** Clears the line. */
  done(): void;
}

/** Milliseconds now (a clock passed in keeps tests free of timing). */
export type Clock = () => number;

/**
 * A progress display on `stream` when it is a terminal; a silent one otherwise.
 * @example
 * createProgress({ write: () => true, isTTY: false }, '读取').update(5, 20000) // nothing drawn
 */
export function createProgress(stream: TextOut, label: string, clock: Clock = Date.now): Progress {
  let current = label;
  let lastDrawn = -1;
  let shown = false;
  let started = clock();
  const seconds = () => `${((clock() - started) / 1000).toFixed(1)} s`;
  const draw = (text: string) => {
    stream.write(`\r\x1b[K${text}`);
    shown = true;
  };
  return {
    update(done, total) {
      if (!stream.isTTY || total <= PROGRESS_MIN_ROWS) return;
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === lastDrawn) return;
      lastDrawn = percent;
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      draw(`${current} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${percent}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${seconds()}`);
    },
    step(text) {
      if (!stream.isTTY) return;
      current = text;
      lastDrawn = -1;
      started = clock();
      draw(`${text}……`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
