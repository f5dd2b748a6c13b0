/**
 * `partyinfo check [orgs] <members>`: the report in the format asked for (or the one the `--out`
 * file's extension names), on stdout (also for `--out -`) or in a file.
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
import { createProgress } from '../progress.js';
import { checkFiles } from './checkFiles.js';
import { outputFormat } from './inputs.js';
import { usageError } from './usageError.js';

const FORMATS: ReadonlySet<string> = new Set(['table', 'json', 'html', 'xlsx', 'csv']);

/** The files of `check`: one is the member file alone, two are orgs and members. */
function filesOf(positionals: readonly string[]): { orgs?: string; members: string } | undefined {
  if (positionals.length === 1) return { members: positionals[0]! };
  if (positionals.length === 2) return { orgs: positionals[0]!, members: positionals[1]! };
  return undefined;
}

/** Runs `check`; resolves to the exit code. */
export async function runCheckCommand(positionals: string[], options: CliOptions, streams: CliStreams, engine: Engine): Promise<number> {
  const en = options.locale === 'en';
  const files = filesOf(positionals);
  if (!files) return usageError(streams, en ? 'check needs one or two files: [<orgs-file>] <members-file>' : 'check 需要一个或两个文件：[党组织文件] <党员文件>');
  // An input named as the output is refused first, whatever else is wrong with the call.
  const toStdout = options.out === undefined || options.out === '-';
  const inputs = inputFiles(positionals.filter((p) => p !== '-'), options);
  if (!toStdout && (await refuseInputAsOutput([options.out!], inputs, streams, options))) return 2;
  const chosen = outputFormat(options.out, options.format, options.locale);
  if (chosen instanceof Error) return usageError(streams, chosen.message);
  const format = chosen;
  if (!FORMATS.has(format)) return usageError(streams, en ? `unknown --format ${format} (table, json, html, xlsx, csv)` : `未知的输出格式 --format ${format}（可用 table、json、html、xlsx、csv）`);
  if (format === 'xlsx' && (!options.out || options.out === '-')) return usageError(streams, en ? '--format xlsx needs --out FILE.xlsx' : '--format xlsx 需要 --out 文件.xlsx');
  const run = await checkFiles(files, { ...options, format }, streams, engine);
  if (run === 2) return 2;
  const { report, read, counts, summary } = run;
  const title = en ? 'Party organisation and member information check' : '党组织和党员信息检查报告';
  const notes = [
    ...(files.orgs === undefined ? [] : [`${en ? 'Organisations' : '党组织'}：${files.orgs}（${counts.orgs}）`]),
    `${en ? 'Members' : '党员'}：${files.members}（${counts.members}）`,
    ...(options.today ? [`${en ? 'Reference date' : '检查基准日'}：${options.today}`] : []),
  ];
  if (format === 'xlsx') {
    const progress = createProgress(streams.stderr, '');
    progress.step(en ? `Writing ${options.out}` : `正在写出 ${options.out}`);
    await writeMarkedWorkbook(options.out!, read.books, report, undefined, { locale: options.locale, inputs });
    progress.done();
  } else {
    const text =
      format === 'json'
        ? formatReportJson(report, { orgs: counts.orgs, members: counts.members, ...(summary === undefined ? {} : { summary }) })
        : format === 'html'
          ? formatReportHtml(report, { locale: options.locale, title, notes })
          : format === 'csv'
            ? formatReportCsv(report, { locale: options.locale })
            : formatReportText(report, { locale: options.locale });
    if (!toStdout) await writeFileAtomic(options.out!, format === 'csv' ? encodeText(text, 'utf-8', true) : text + (format === 'table' ? '\n' : ''));
    else streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
  if (!toStdout) streams.stderr.write(`${en ? 'Written' : '已写出'}：${options.out}\n`);
  return report.ok ? 0 : 1;
}
