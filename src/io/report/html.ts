/**
 * The report as one self-contained, printable HTML page for a clerk: first a summary in words
 * (counts by severity, with the rules' Chinese titles), then problems by branch, then the issue list
 * with cell references (`党员!E9`), then what was not checked. No external files or scripts; no Node
 * built-ins either, so the browser page builds the same report.
 * @module
 */
import type { Severity } from '../../result.js';
import type { Locale } from '../../rules/define.js';
import type { Report, RuleCount } from './buildReport.js';
import { severityLabel } from './labels.js';
import { ruleTitle } from './ruleTitles.js';

/**
 * Text made safe for HTML.
 * @example
 * escapeHtml('<b>&"') // '&lt;b&gt;&amp;&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/**
 * Options of {@link formatReportHtml}.
 * @category Spreadsheets
 */
export interface HtmlReportOptions {
  locale?: Locale;
  title?: string;
  /** Lines shown under the title: files checked, reference date. */
  notes?: string[];
}

const STYLE = `body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222;line-height:1.5}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.5rem 0;width:100%}table.orgs{width:auto;min-width:40rem}th.n{white-space:nowrap}
details>summary{cursor:pointer;color:#1a5fb4;margin:.3rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right;white-space:nowrap}td.cell{white-space:nowrap;font-family:ui-monospace,Consolas,monospace}
.error{color:#b00020}.warning{color:#a15c00}.review{color:#1a5fb4}.meta{color:#555}.rule{color:#777;font-size:.8em}
.summary{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;background:#fafafa}.verdict{font-size:1.2rem;margin:.2rem 0 .5rem}
.summary ul{margin:.2rem 0;padding-left:1.2rem}.summary li{margin:.3rem 0}.ok{color:#1b7f3b}
.tools{margin:.5rem 0}.tools input{padding:.3rem;width:20rem}.tools select{padding:.3rem}
@page{size:A4 landscape;margin:12mm}
@media print{body{margin:0;max-width:none;font-size:10pt}.tools{display:none}thead{display:table-header-group}tr{break-inside:avoid}h2{break-after:avoid}.summary{background:none}}`;

const SCRIPT = `(function(){var q=document.getElementById('filter'),s=document.getElementById('severity');
function apply(){var t=q.value.toLowerCase(),v=s.value;document.querySelectorAll('#issues tbody tr').forEach(function(r){
r.style.display=(t&&r.textContent.toLowerCase().indexOf(t)<0)||(v&&r.getAttribute('data-severity')!==v)?'none':''})}
q.addEventListener('input',apply);s.addEventListener('change',apply);
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})})})()`;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'review'];

/** Rules named per severity in the summary; the rest are counted ("等 N 类"). */
const SUMMARY_RULES = 12;

/** Branches shown at once; the others fold under a line that opens them (and open for printing). */
const SHOWN_ORGS = 15;

/** Unit words of the summary. */
function countText(n: number, en: boolean): string {
  return en ? String(n) : `${n} 个`;
}

/** One summary line: a severity, its count, and the rules behind it by title. */
function severityLine(severity: Severity, count: number, rules: readonly RuleCount[], locale: Locale): string {
  const en = locale === 'en';
  const label = escapeHtml(severityLabel(severity, locale));
  const parts = rules.slice(0, SUMMARY_RULES).map((r) => `${escapeHtml(en ? r.rule : ruleTitle(r.rule))} ${countText(r.count, en)}`);
  const rest = rules.length - SUMMARY_RULES;
  const more = rest <= 0 ? '' : en ? `, and ${rest} more kinds` : `等，另有 ${rest} 类（见问题清单）`;
  return `<li class="${severity}"><b>${label} ${countText(count, en)}</b>${en ? ': ' : '：'}${parts.join(en ? ', ' : '、')}${more}</li>`;
}

function summary(report: Report, locale: Locale): string {
  const en = locale === 'en';
  const { error, warning, review, total } = report.counts;
  const notChecked = report.notChecked.length;
  const more =
    notChecked === 0 ? '' : en ? ` ${notChecked} item(s) could not be checked: see the end.` : `另有 ${notChecked} 项未能检查，见文末“未检查的项目”。`;
  if (total === 0) {
    return `<section class="summary"><p class="verdict ok">${en ? 'No problems found.' : '没有发现问题。'}${escapeHtml(more)}</p></section>`;
  }
  const verdict = en
    ? `${total} problems: ${error} errors, ${warning} warnings, ${review} to report for review.`
    : `共发现 ${total} 个问题：错误 ${error} 个（须改正后才能录入），需核实 ${warning} 个，需上报审核 ${review} 个。`;
  const lines = SEVERITIES.filter((s) => report.counts[s] > 0).map((s) =>
    severityLine(s, report.counts[s], report.byRule.filter((r) => r.severity === s), locale),
  );
  return `<section class="summary"><p class="verdict">${escapeHtml(verdict)}</p><ul>${lines.join('')}</ul>${more ? `<p class="meta">${escapeHtml(more)}</p>` : ''}</section>`;
}

/**
 * The report as a self-contained HTML page.
 * @example
 * formatReportHtml(buildReport({ issues: [] })).startsWith('<!doctype html>') // true
 * @category Spreadsheets
 */
export function formatReportHtml(report: Report, options: HtmlReportOptions = {}): string {
  const en = options.locale === 'en';
  const locale: Locale = en ? 'en' : 'zh-CN';
  const t = (zh: string, english: string) => escapeHtml(en ? english : zh);
  const title = escapeHtml(options.title ?? (en ? 'Party information check' : '党组织和党员信息检查报告'));
  const sev = (s: Severity) => `<td class="${escapeHtml(s)}">${escapeHtml(severityLabel(s, locale))}</td>`;
  const orgRow = (o: Report['byOrg'][number]) =>
    `<tr><td>${escapeHtml(o.org)}</td><td class="n error">${o.error}</td><td class="n warning">${o.warning}</td><td class="n review">${o.review}</td><td class="n">${o.total}</td></tr>`;
  const orgHead = `<thead><tr><th>${t('党组织（党员按所在党支部）', 'Organisation (members under their branch)')}</th><th class="n">${t('错误', 'Errors')}</th><th class="n">${t('需核实', 'Warnings')}</th><th class="n">${t('需上报审核', 'Reviews')}</th><th class="n">${t('合计', 'Total')}</th></tr></thead>`;
  const restOrgs = report.byOrg.slice(SHOWN_ORGS);
  const orgTables =
    `<table class="orgs">${orgHead}<tbody>\n${report.byOrg.slice(0, SHOWN_ORGS).map(orgRow).join('\n')}\n</tbody></table>` +
    (restOrgs.length === 0
      ? ''
      : `<details><summary>${t(`其余 ${restOrgs.length} 个党组织`, `${restOrgs.length} more organisations`)}</summary><table class="orgs">${orgHead}<tbody>\n${restOrgs.map(orgRow).join('\n')}\n</tbody></table></details>`);
  const issueRows = report.rows
    .map(
      (r) =>
        `<tr data-severity="${escapeHtml(r.severity)}"><td class="n">${r.n}</td><td class="cell">${escapeHtml(r.cell)}</td><td>${escapeHtml(r.record)}</td><td>${escapeHtml(r.field)}</td>${sev(r.severity)}<td>${escapeHtml(en ? r.rule : ruleTitle(r.rule))}<div class="rule">${escapeHtml(r.rule)}</div></td><td>${escapeHtml(r.message)}</td></tr>`,
    )
    .join('\n');
  const meta = (options.notes ?? []).map((n) => `<div>${escapeHtml(n)}</div>`).join('');
  const notChecked = report.notChecked.map((n) => `<li>${escapeHtml(n.message)}</li>`).join('');
  const severityOptions = SEVERITIES.map((s) => `<option value="${s}">${escapeHtml(severityLabel(s, locale))}</option>`).join('');
  const issues =
    report.rows.length === 0
      ? ''
      : `<h2>${t('按党组织统计', 'By organisation')}</h2>
${orgTables}
<h2>${t('问题清单', 'Issues')}</h2>
<div class="tools"><input id="filter" type="search" placeholder="${t('筛选（姓名、问题、党组织、位置…）', 'Filter (name, problem, org, cell…)')}"> <select id="severity"><option value="">${t('全部级别', 'All severities')}</option>${severityOptions}</select></div>
<table id="issues"><thead><tr><th>${t('序号', '#')}</th><th>${t('位置', 'Cell')}</th><th>${t('记录', 'Record')}</th><th>${t('字段', 'Field')}</th><th>${t('级别', 'Severity')}</th><th>${t('问题', 'Problem')}</th><th>${t('说明', 'Message')}</th></tr></thead><tbody>
${issueRows}
</tbody></table>
<script>${SCRIPT}</script>`;
  return `<!doctype html>
<html lang="${en ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${STYLE}</style></head><body>
<h1>${title}</h1><div class="meta">${meta}</div>
${summary(report, locale)}
${issues}
${notChecked ? `<h2>${t('未检查的项目', 'Not checked')}</h2><ul class="notchecked">${notChecked}</ul>` : ''}
</body></html>
`;
}
