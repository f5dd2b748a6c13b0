/**
 * The code-table browser: a table of the bundled code tables, searched by code or name, with
 * leaves marked and each entry's confidence, and the table's standard, sources and known gaps.
 * @module
 */
import { codeTables } from '../../../src/codes/codeTables.js';
import type { CodeTable, CodeTableEntry } from '../../../src/codes/types.js';
import { h } from '../dom.js';
import { word, type Locale } from '../i18n.js';

const LIMIT = 300;

function matches(entry: CodeTableEntry, q: string): boolean {
  if (q === '') return true;
  if (entry.code.toLowerCase().startsWith(q)) return true;
  if (entry.name.toLowerCase().includes(q)) return true;
  return (entry.aliases ?? []).some((a) => a.toLowerCase().includes(q));
}

function confidenceWord(value: string | undefined, locale: Locale): string {
  return value === 'high' || value === 'medium' || value === 'low' ? word(`conf_${value}`, locale) : '';
}

function tableHead(table: CodeTable, locale: Locale): HTMLElement {
  const data = table.data;
  return h(
    'div',
    { class: 'table-head' },
    h('h3', {}, locale === 'en' && data.titleEn ? data.titleEn : data.title),
    h('p', {}, `${word('standard', locale)}：${data.standard}；${data.complete ? word('complete', locale) : word('incomplete', locale)}；${word('confidence', locale)}：${confidenceWord(data.confidence, locale)}`),
    data.confidenceNote ? h('p', { class: 'hint' }, data.confidenceNote) : null,
    h('details', {}, h('summary', {}, word('sources', locale)), h('ul', {}, ...data.sources.map((s) => h('li', {}, h('b', {}, s.name), `：${s.what}`)))),
    data.gaps ? h('details', {}, h('summary', {}, word('gaps', locale)), h('p', {}, data.gaps)) : null,
  );
}

/** The browser, showing the first table. */
export function renderCodeBrowser(locale: Locale): HTMLElement {
  const tables = Object.values(codeTables) as CodeTable[];
  const select = h('select', { 'data-testid': 'code-table', 'aria-label': word('codeTable', locale) }, ...tables.map((t) => h('option', { value: t.data.id }, locale === 'en' && t.data.titleEn ? t.data.titleEn : t.data.title)));
  const search = h('input', { type: 'search', placeholder: word('codeSearch', locale), 'aria-label': word('codeSearch', locale), 'data-testid': 'code-search' });
  const head = h('div');
  const body = h('tbody');
  const count = h('p', { class: 'hint' });
  const render = () => {
    const table = tables.find((t) => t.data.id === select.value) ?? tables[0]!;
    head.replaceChildren(tableHead(table, locale));
    const q = search.value.trim().toLowerCase();
    const found = table.entries().filter((e) => matches(e, q));
    count.textContent = `${found.length} ${word('matches', locale)}`;
    body.replaceChildren(
      ...found.slice(0, LIMIT).map((e) => {
        const leaf = table.isLeaf(e.code);
        return h(
          'tr',
          { 'data-code': e.code, class: leaf ? 'leaf' : 'branch' },
          h('td', {}, h('code', {}, e.code)),
          h('td', {}, e.name),
          h('td', {}, e.parent ?? ''),
          h('td', { class: 'mark' }, leaf ? '✓' : ''),
          h('td', { class: `conf-${e.confidence ?? table.data.confidence}` }, confidenceWord(e.confidence ?? table.data.confidence, locale)),
          h('td', { class: 'note' }, [...(e.aliases ?? []), e.note ?? ''].filter((t) => t !== '').join('；')),
        );
      }),
    );
  };
  select.addEventListener('change', render);
  search.addEventListener('input', render);
  render();
  const columns = [word('code', locale), word('name', locale), word('parent', locale), word('leaf', locale), word('confidence', locale), word('note', locale)];
  return h('div', {}, h('div', { class: 'filters' }, select, search), head, count, h('table', { class: 'codes', 'data-testid': 'codes' }, h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', {}, c)))), body));
}
