import { describe, expect, it } from 'vitest';
import type { TextOut } from './env.js';
import { createProgress, PROGRESS_MIN_ROWS } from './progress.js';

function stream(isTTY: boolean) {
  const out: string[] = [];
  const s: TextOut = { write: (t: string) => out.push(t), isTTY };
  return { s, text: () => out.join('') };
}

/** A clock that moves 500 ms per reading: no real time involved. */
function fakeClock() {
  let t = 0;
  return () => (t += 500);
}

describe('progress on a terminal', () => {
  it('draws a bar for a big counted step, with the time taken, and clears it', () => {
    const { s, text } = stream(true);
    const p = createProgress(s, '读取', fakeClock());
    p.update(PROGRESS_MIN_ROWS, PROGRESS_MIN_ROWS * 2);
    p.update(PROGRESS_MIN_ROWS * 2, PROGRESS_MIN_ROWS * 2);
    p.done();
    expect(text()).toContain('读取 [###############               ] 50% 10,000/20,000 0.5 s');
    expect(text()).toContain('100%');
    expect(text().endsWith('\r\x1b[K')).toBe(true);
  });

  it('shows steps without a count (checking, writing) and clears them', () => {
    const { s, text } = stream(true);
    const p = createProgress(s, '', fakeClock());
    p.step('正在写出 fixed.xlsx');
    p.done();
    expect(text()).toBe('\r\x1b[K正在写出 fixed.xlsx……\r\x1b[K');
  });

  it('draws nothing off a terminal, and no bar for small inputs', () => {
    const pipe = stream(false);
    const p = createProgress(pipe.s, '读取', fakeClock());
    p.step('正在读取');
    p.update(PROGRESS_MIN_ROWS * 5, PROGRESS_MIN_ROWS * 10);
    p.done();
    expect(pipe.text()).toBe('');
    const small = stream(true);
    const q = createProgress(small.s, '读取', fakeClock());
    q.update(10, 100);
    q.done();
    expect(small.text()).toBe('');
  });
});
