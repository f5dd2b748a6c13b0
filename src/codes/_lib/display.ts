import { foldFullWidth } from '../../text/foldFullWidth.js';

const MAX_SHOWN = 24;

/**
 * A value as messages may show it: trimmed, at most 24 characters, and any run of seven or more
 * digits masked (someone may paste an ID or phone number into a code column; messages never hold one).
 * @example
 * displayValue('13812345678') // '138****5678'
 * displayValue(' 631 ') // '631'
 */
export function displayValue(text: string): string {
  let s = foldFullWidth(text.length > 200 ? text.slice(0, 200) : text).trim();
  s = s.replace(/[0-9]{7,}[Xx]?/g, maskRun);
  return s.length > MAX_SHOWN ? s.slice(0, MAX_SHOWN) + '…' : s;
}

function maskRun(run: string): string {
  const head = run.length >= 11 ? 3 : 2;
  const tail = run.length >= 11 ? 4 : 2;
  return run.slice(0, head) + '*'.repeat(run.length - head - tail) + run.slice(-tail);
}
