/**
 * The `partyinfo` command line as a function: arguments and streams in, exit code out — so tests
 * run it in-process, with a stand-in engine where they need one.
 *
 * Help and version come from this module and its light neighbours alone: a command, the engine and
 * the spreadsheet code are imported only when a command runs (`partyinfo --help` starts about as
 * fast as Node itself; `npm run bench:cli` measures it).
 * @module
 */
import { parseCliArgs } from './args.js';
import type { CliStreams, Engine } from './env.js';
import { COMMAND_HELP, USAGE } from './usage.js';
import { VERSION } from './version.js';

/** The commands, each in a module of its own, loaded when it runs. */
const COMMANDS = {
  check: () => import('./commands/check.js').then((m) => m.runCheckCommand),
  fix: () => import('./commands/fix.js').then((m) => m.runFixCommand),
  codes: () => import('./commands/codes.js').then((m) => m.runCodesCommand),
  sample: () => import('./commands/sample.js').then((m) => m.runSampleCommand),
} as const;

function isCommand(name: string | undefined): name is keyof typeof COMMANDS {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

/**
 * Runs the command line; resolves to the exit code (0 clean, 1 errors found, 2 bad usage or an
 * unreadable file). Never rejects: anything unexpected is reported on stderr with exit code 2.
 * @example
 * await runCli(['codes', '民族', '汉族'], { stdout: process.stdout, stderr: process.stderr }) // 0
 */
export async function runCli(argv: readonly string[], streams: CliStreams, engine?: Engine): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    const help = isCommand(parsed.command) ? `partyinfo ${parsed.command} --help` : 'partyinfo --help';
    streams.stderr.write(`partyinfo: ${parsed.message}\n${parsed.locale === 'en' ? `See ${help}` : `用法见 ${help}`}\n`);
    return 2;
  }
  const { command, positionals, options } = parsed;
  if (options.version) {
    streams.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === 'help') {
    const topic = positionals[0];
    streams.stdout.write(isCommand(topic) ? COMMAND_HELP[topic]! : USAGE);
    return 0;
  }
  if (command === undefined) {
    (options.help ? streams.stdout : streams.stderr).write(USAGE);
    return options.help ? 0 : 2;
  }
  if (!isCommand(command)) {
    streams.stderr.write(`partyinfo: ${options.locale === 'en' ? 'unknown command' : '未知命令'} ${command}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    streams.stdout.write(COMMAND_HELP[command]!);
    return 0;
  }
  if (options.today !== undefined) {
    const today = (await import('./today.js')).readToday(options.today, options.locale);
    if (today instanceof Error) {
      streams.stderr.write(`partyinfo: ${today.message}\n${options.locale === 'en' ? 'See' : '用法见'} partyinfo ${command} --help\n`);
      return 2;
    }
    options.today = today;
  }
  try {
    const run = await COMMANDS[command]();
    const use = engine ?? (await (await import('./engine.js')).defaultEngine());
    return await run(positionals, options, streams, use);
  } catch (error) {
    streams.stderr.write(`partyinfo: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
