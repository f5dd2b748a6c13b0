import type { OrgView } from './view.js';

/**
 * How messages name a record: its name in quotes, else its id, else its position — language
 * neutral, so one text serves both locales.
 * @example
 * describeOrg({ name: '中共甲委员会', units: [], unitShape: 'none' }, 0) // '“中共甲委员会”'
 * describeOrg({ id: '42', units: [], unitShape: 'none' }, 3) // 'id=42'
 * describeOrg({ units: [], unitShape: 'none' }, 3) // '#3'
 */
export function describeOrg(view: OrgView, index: number): string {
  if (view.name !== undefined) return `“${view.name}”`;
  if (view.id !== undefined) return `id=${view.id}`;
  return `#${index}`;
}

/** At most this many records are named in one message (a cycle may have thousands). */
const MAX_NAMED = 5;

/**
 * Names a cycle of records: `“甲” → “乙” → “甲”`, shortened for long cycles.
 * @example
 * describeCycle([{ id: 'a', units: [], unitShape: 'none' }, { id: 'b', units: [], unitShape: 'none' }], [0, 1]) // 'id=a → id=b → id=a'
 */
export function describeCycle(views: readonly OrgView[], cycle: readonly number[]): string {
  const named = cycle.slice(0, MAX_NAMED).map((i) => describeOrg(views[i]!, i));
  if (cycle.length > MAX_NAMED) return `${named.join(' → ')} → … (${cycle.length})`;
  return [...named, named[0]].join(' → ');
}
