/**
 * `partyinfo check <orgs> <members>`: the report in the format asked for, on stdout or in a file.
 * @module
 */
import { formatReportCsv, formatReportJson, formatReportText } from '../../io/report/formats.js';
import { formatReportHtml } from '../../io/report/html.js';
import { encodeText } from '../../io/csv/encoding.js';
import { writeFileAtomic } from '../../io/write/atomicWrite.js';
import { writeMarkedWorkbook } from '../../io/write/outputs.js';
import type { CliOptions } from '../args.js';
import type { CliStreams, Engine } from '../env.js';
import { inputFiles, refuseInputAsOutput } from '../inputs.js';
import { checkFiles, usageError } from './checkFiles.js';

const FORMATS = new Set(['table', 'json', 'html', 'xlsx', 'csv']);

/** Runs `check`; resolves to the exit code. */
export async function runCheckCommand(positionals: string[], options: CliOptions, streams: CliStreams, engine: Engine): Promise<number> {
  const en = options.locale === 'en';
  if (positionals.length !== 2) return usageError(streams, en ? 'check needs two files: <orgs-file> <members-file>' : 'check 需要两个文件：<党组织文件> <党员文件>');
  const format = options.format ?? (options.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'table');
  if (!FORMATS.has(format)) return usageError(streams, en ? `unknown --format ${format} (table, json, html, xlsx, csv)` : `未知的输出格式 --format ${format}（可用 table、json、html、xlsx、csv）`);
  if (format === 'xlsx' && !options.out) return usageError(streams, en ? '--format xlsx needs --out FILE.xlsx' : '--format xlsx 需要 --out 文件.xlsx');
  const inputs = inputFiles(positionals, options);
  if (options.out && (await refuseInputAsOutput([options.out], inputs, streams, options))) return 2;
  const run = await checkFiles({ orgs: positionals[0]!, members: positionals[1]! }, options, streams, engine);
  if (run === 2) return 2;
  const { report, read, counts, summary } = run;
  const title = en ? 'Party organisation and member information check' : '党组织和党员信息检查报告';
  const notes = [
    `${en ? 'Organisations' : '党组织'}：${positionals[0]}（${counts.orgs}）`,
    `${en ? 'Members' : '党员'}：${positionals[1]}（${counts.members}）`,
    ...(options.today ? [`${en ? 'Reference date' : '检查基准日'}：${options.today}`] : []),
  ];
  if (format === 'xlsx') {
    await writeMarkedWorkbook(options.out!, read.books, report, undefined, { locale: options.locale, inputs });
  } else {
    const text =
      format === 'json'
        ? formatReportJson(report, { orgs: counts.orgs, members: counts.members, ...(summary === undefined ? {} : { summary }) })
        : format === 'html'
          ? formatReportHtml(report, { locale: options.locale, title, notes })
          : format === 'csv'
            ? formatReportCsv(report, { locale: options.locale })
            : formatReportText(report, { locale: options.locale });
    if (options.out) await writeFileAtomic(options.out, format === 'csv' ? encodeText(text, 'utf-8', true) : text + (format === 'table' ? '\n' : ''));
    else streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
  if (options.out) streams.stderr.write(`${en ? 'Written' : '已写出'}：${options.out}\n`);
  return report.ok ? 0 : 1;
}
