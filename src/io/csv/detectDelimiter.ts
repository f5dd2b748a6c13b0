/**
 * The field delimiter of a CSV text (no dependency: browser and Node).
 * @module
 */

/** The delimiter of the first line: comma, tab or semicolon, whichever occurs most outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && Object.hasOwn(counts, c)) counts[c]!++;
  }
  let best = ',';
  for (const d of ['\t', ';']) if (counts[d]! > counts[best]!) best = d;
  return best;
}
