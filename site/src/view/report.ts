/**
 * The report of a check on the page: the summary in words first, the downloads, problems by
 * organisation, then the issue list with cell references, filtered by severity, rule and text.
 * @module
 */
import type { IssueRow } from '../../../src/io/report/buildReport.js';
import type { Severity } from '../../../src/result.js';
import { h } from '../dom.js';
import { word, type Locale } from '../i18n.js';
import type { CheckResult, WorkbookMessage } from '../worker/protocol.js';

const PAGE = 200;
const SEVERITIES: Severity[] = ['error', 'warning', 'review'];
const SEVERITY_WORD = { error: 'errors', warning: 'warnings', review: 'reviews' } as const;

function summarySentence(result: CheckResult, locale: Locale): string {
  const { orgs, members, error, warning, review } = result.counts;
  const total = error + warning + review;
  if (locale === 'en') {
    const head = `Read ${orgs} organisations and ${members} members. `;
    return total === 0 ? `${head}No problems found.` : `${head}${total} problems: ${error} errors (must be corrected), ${warning} warnings (to be checked), ${review} to be reported for approval.`;
  }
  const head = `共读取党组织 ${orgs} 个、党员 ${members} 名。`;
  return total === 0 ? `${head}没有发现问题。` : `${head}发现问题 ${total} 个：错误 ${error} 个（必须改正），需核实 ${warning} 个，需上报审核 ${review} 个。`;
}

function fileLine(result: CheckResult, locale: Locale): HTMLElement {
  const items = result.files.map((f) => {
    const roles = f.roles.length === 0 ? [word('role_none', locale)] : f.roles.map((r) => (r.startsWith('error: ') ? r.slice(7) : word(`role_${r}` as 'role_orgs', locale)));
    return h('li', {}, `${f.name}：${roles.join('、')}${f.encoding ? `（${f.encoding}）` : ''}`);
  });
  return h('ul', { class: 'files' }, ...items);
}

function downloadLink(bytes: BlobPart, type: string, name: string, label: string, testid: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  return h('a', { class: 'button', href: url, download: name, 'data-testid': testid }, label);
}

function byBranchTable(result: CheckResult, locale: Locale): HTMLElement {
  const rows = result.report.byOrg;
  const body = h('tbody');
  const show = (n: number) => {
    body.replaceChildren(...rows.slice(0, n).map((o) => h('tr', {}, h('td', {}, o.org), h('td', { class: 'n error' }, o.error), h('td', { class: 'n warning' }, o.warning), h('td', { class: 'n review' }, o.review))));
  };
  show(20);
  const more = rows.length > 20 ? h('button', { type: 'button', class: 'no-print' }, `${word('showAll', locale)}（${rows.length}）`) : null;
  more?.addEventListener('click', () => {
    show(rows.length);
    more.remove();
  });
  return h(
    'section',
    { class: 'by-branch' },
    h('h3', {}, word('byBranch', locale)),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, word('org', locale)), h('th', {}, word('errors', locale)), h('th', {}, word('warnings', locale)), h('th', {}, word('reviews', locale)))), body),
    more,
  );
}

function issueRow(row: IssueRow): HTMLTableRowElement {
  return h(
    'tr',
    { 'data-rule': row.rule, 'data-severity': row.severity },
    h('td', { class: 'n' }, row.n),
    h('td', { class: 'cell' }, row.cell),
    h('td', {}, row.record),
    h('td', {}, row.field),
    h('td', { class: row.severity }, row.severityLabel),
    h('td', {}, h('code', {}, row.rule)),
    h('td', {}, row.message),
  );
}

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, review: 2 };

function issueList(result: CheckResult, locale: Locale): HTMLElement {
  // Errors first, then warnings, then reviews; within each, in the order of the files.
  const sorted = [...result.report.rows].sort((a, b) => (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3) || a.n - b.n);
  const wanted = new Set<string>(SEVERITIES);
  let rule = '';
  let text = '';
  let limit = PAGE;
  const body = h('tbody');
  const countLine = h('span', { class: 'count', 'data-testid': 'issue-count' });
  const more = h('button', { type: 'button', class: 'no-print' }, word('showMore', locale));
  const render = () => {
    const q = text.trim().toLowerCase();
    const rows = sorted.filter(
      (r) => wanted.has(r.severity) && (rule === '' || r.rule === rule) && (q === '' || `${r.record} ${r.org} ${r.message} ${r.cell} ${r.field}`.toLowerCase().includes(q)),
    );
    body.replaceChildren(...rows.slice(0, limit).map(issueRow));
    countLine.textContent = `${Math.min(limit, rows.length)} / ${rows.length}`;
    more.hidden = rows.length <= limit;
  };
  more.addEventListener('click', () => {
    limit += PAGE * 5;
    render();
  });
  const boxes = SEVERITIES.map((s) => {
    const box = h('input', { type: 'checkbox', checked: true, 'data-testid': `filter-${s}` });
    box.addEventListener('change', () => {
      if (box.checked) wanted.add(s);
      else wanted.delete(s);
      limit = PAGE;
      render();
    });
    return h('label', { class: s }, box, ` ${word(SEVERITY_WORD[s], locale)} (${result.counts[s]})`);
  });
  const select = h(
    'select',
    { 'data-testid': 'filter-rule', 'aria-label': word('rule', locale) },
    h('option', { value: '' }, word('allRules', locale)),
    ...result.report.byRule.map((r) => h('option', { value: r.rule }, `${r.rule} · ${result.ruleTitles[r.rule] ?? ''} (${r.count})`)),
  );
  select.addEventListener('change', () => {
    rule = select.value;
    limit = PAGE;
    render();
  });
  const search = h('input', { type: 'search', placeholder: word('filterText', locale), 'aria-label': word('filterText', locale) });
  search.addEventListener('input', () => {
    text = search.value;
    limit = PAGE;
    render();
  });
  render();
  const head = h('tr', {}, ...(['#', word('cell', locale), word('record', locale), word('field', locale), word('severity', locale), word('rule', locale), word('message', locale)] as string[]).map((t) => h('th', {}, t)));
  return h(
    'section',
    { class: 'issues' },
    h('h3', {}, word('issues', locale), ' ', countLine),
    h('div', { class: 'filters no-print' }, ...boxes, select, search),
    h('table', { 'data-testid': 'issues' }, h('thead', {}, head), body),
    more,
  );
}

/** Puts the marked workbook's download where the report left room for it. */
export function showWorkbook(message: WorkbookMessage, locale: Locale): void {
  const slot = document.getElementById('workbook-slot');
  if (!slot) return;
  const link = downloadLink(message.bytes as BlobPart, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', locale === 'en' ? 'checked.xlsx' : '检查标注.xlsx', word('downloadXlsx', locale), 'download-xlsx');
  link.title = `${message.changes} ${word('changes', locale)}; ${(message.ms / 1000).toFixed(1)} s`;
  slot.replaceWith(link);
}

/** The whole report of a finished check, ready to put on the page. */
export function renderReport(result: CheckResult, locale: Locale): HTMLElement {
  const { counts } = result;
  const topRules = result.report.byRule.slice(0, 8).map((r) => h('li', { class: r.severity }, `${result.ruleTitles[r.rule] ?? r.rule}（${r.rule}）：${r.count}`));
  const summary = h(
    'section',
    {
      class: 'summary',
      'data-testid': 'summary',
      'data-orgs': counts.orgs,
      'data-members': counts.members,
      'data-errors': counts.error,
      'data-warnings': counts.warning,
      'data-reviews': counts.review,
    },
    h('h2', {}, word('summaryTitle', locale)),
    h('p', { class: 'sentence' }, summarySentence(result, locale)),
    topRules.length > 0 ? h('ul', { class: 'top-rules' }, ...topRules) : null,
    fileLine(result, locale),
  );
  const downloads = h(
    'p',
    { class: 'downloads no-print' },
    h('span', { id: 'workbook-slot', class: 'hint' }, result.files.some((f) => f.roles.includes('orgs') || f.roles.includes('members')) ? `${word('phase_write', locale)}…` : ''),
    downloadLink(result.reportHtml, 'text/html;charset=utf-8', locale === 'en' ? 'report.html' : '检查报告.html', word('downloadReport', locale), 'download-report'),
  );
  const timing = Object.entries(result.timings).map(([phase, ms]) => `${word(`phase_${phase}` as 'phase_open', locale)} ${(ms / 1000).toFixed(1)} s`);
  return h('div', {}, summary, downloads, byBranchTable(result, locale), result.report.rows.length > 0 ? issueList(result, locale) : h('p', {}, word('noIssues', locale)), h('p', { class: 'timing' }, `${word('timing', locale)}：${timing.join('，')}`));
}
