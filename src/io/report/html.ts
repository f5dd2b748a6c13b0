/**
 * The report as one self-contained HTML page (no external files or scripts from elsewhere): counts,
 * tables per rule and per org, and the issue list with a filter box.
 * @module
 */
import type { Locale } from '../../rules/define.js';
import type { Report } from './buildReport.js';
import { severityLabel } from './labels.js';

/**
 * Text made safe for HTML.
 * @example
 * escapeHtml('<b>&"') // '&lt;b&gt;&amp;&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** Options of {@link formatReportHtml}. */
export interface HtmlReportOptions {
  locale?: Locale;
  title?: string;
  /** Lines shown under the title: files checked, reference date. */
  notes?: string[];
}

const STYLE = `body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}
td.n{text-align:right}.error{color:#b00020}.warning{color:#a15c00}.review{color:#1a5fb4}
.counts span{display:inline-block;margin-right:1.5rem;font-size:1.1rem}input{padding:.3rem;width:20rem}
.notes{color:#555}`;

const SCRIPT = `document.getElementById('filter').addEventListener('input',function(e){var q=e.target.value.toLowerCase();
document.querySelectorAll('#issues tbody tr').forEach(function(r){r.style.display=r.textContent.toLowerCase().indexOf(q)<0?'none':''})})`;

/**
 * The report as a self-contained HTML page.
 * @example
 * formatReportHtml(buildReport({ issues: [] })).startsWith('<!doctype html>') // true
 */
export function formatReportHtml(report: Report, options: HtmlReportOptions = {}): string {
  const en = options.locale === 'en';
  const locale: Locale = en ? 'en' : 'zh-CN';
  const t = (zh: string, english: string) => escapeHtml(en ? english : zh);
  const title = escapeHtml(options.title ?? (en ? 'Party information check' : '党组织和党员信息检查报告'));
  const sev = (s: string) => `<td class="${escapeHtml(s)}">${escapeHtml(severityLabel(s as never, locale))}</td>`;
  const { error, warning, review, total } = report.counts;
  const ruleRows = report.byRule.map((r) => `<tr><td><code>${escapeHtml(r.rule)}</code></td>${sev(r.severity)}<td class="n">${r.count}</td></tr>`).join('\n');
  const orgRows = report.byOrg
    .map((o) => `<tr><td>${escapeHtml(o.org)}</td><td class="n error">${o.error}</td><td class="n warning">${o.warning}</td><td class="n review">${o.review}</td></tr>`)
    .join('\n');
  const issueRows = report.rows
    .map((r) => `<tr><td class="n">${r.n}</td><td>${escapeHtml(r.cell)}</td><td>${escapeHtml(r.record)}</td><td>${escapeHtml(r.field)}</td>${sev(r.severity)}<td><code>${escapeHtml(r.rule)}</code></td><td>${escapeHtml(r.message)}</td></tr>`)
    .join('\n');
  const notes = (options.notes ?? []).map((n) => `<div>${escapeHtml(n)}</div>`).join('');
  return `<!doctype html>
<html lang="${en ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${STYLE}</style></head><body>
<h1>${title}</h1><div class="notes">${notes}</div>
<p class="counts"><span>${t('问题总数', 'Problems')}：<b>${total}</b></span><span class="error">${t('错误', 'Errors')}：<b>${error}</b></span><span class="warning">${t('需核实', 'Warnings')}：<b>${warning}</b></span><span class="review">${t('需上报审核', 'Reviews')}：<b>${review}</b></span></p>
<h2>${t('按规则统计', 'By rule')}</h2>
<table><thead><tr><th>${t('规则', 'Rule')}</th><th>${t('级别', 'Severity')}</th><th>${t('数量', 'Count')}</th></tr></thead><tbody>
${ruleRows}
</tbody></table>
<h2>${t('按党组织统计', 'By organisation')}</h2>
<table><thead><tr><th>${t('党组织', 'Organisation')}</th><th>${t('错误', 'Errors')}</th><th>${t('需核实', 'Warnings')}</th><th>${t('需上报审核', 'Reviews')}</th></tr></thead><tbody>
${orgRows}
</tbody></table>
<h2>${t('问题清单', 'Issues')}</h2>
<p><input id="filter" type="search" placeholder="${t('筛选（姓名、规则、党组织…）', 'Filter (name, rule, org…)')}"></p>
<table id="issues"><thead><tr><th>${t('序号', '#')}</th><th>${t('位置', 'Cell')}</th><th>${t('记录', 'Record')}</th><th>${t('字段', 'Field')}</th><th>${t('级别', 'Severity')}</th><th>${t('规则', 'Rule')}</th><th>${t('说明', 'Message')}</th></tr></thead><tbody>
${issueRows}
</tbody></table>
<script>${SCRIPT}</script>
</body></html>
`;
}
