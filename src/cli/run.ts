/**
 * The `partyinfo` command line as a function: arguments and streams in, exit code out — so tests
 * run it in-process, with a stand-in engine where they need one.
 * @module
 */
import { parseCliArgs } from './args.js';
import { runCheckCommand } from './commands/check.js';
import { usageError } from './commands/checkFiles.js';
import { runCodesCommand } from './commands/codes.js';
import { runFixCommand } from './commands/fix.js';
import { runSampleCommand } from './commands/sample.js';
import { defaultEngine } from './engine.js';
import type { CliStreams, Engine } from './env.js';
import { USAGE } from './usage.js';

/**
 * Runs the command line; resolves to the exit code (0 clean, 1 errors found, 2 bad usage or an
 * unreadable file). Never rejects: anything unexpected is reported on stderr with exit code 2.
 * @example
 * await runCli(['codes', '民族', '汉族'], { stdout: process.stdout, stderr: process.stderr }) // 0
 */
export async function runCli(argv: readonly string[], streams: CliStreams, engine?: Engine): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    streams.stderr.write(`partyinfo: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { command, positionals, options } = parsed;
  if (options.help || command === 'help' || command === undefined) {
    (command === undefined && !options.help ? streams.stderr : streams.stdout).write(USAGE);
    return command === undefined && !options.help ? 2 : 0;
  }
  try {
    const use = engine ?? (await defaultEngine());
    switch (command) {
      case 'check':
        return await runCheckCommand(positionals, options, streams, use);
      case 'fix':
        return await runFixCommand(positionals, options, streams, use);
      case 'codes':
        return await runCodesCommand(positionals, options, streams, use);
      case 'sample':
        return await runSampleCommand(positionals, options, streams, use);
      default:
        streams.stderr.write(`partyinfo: ${options.locale === 'en' ? 'unknown command' : '未知命令'} ${command}\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    return usageError(streams, error instanceof Error ? error.message : String(error));
  }
}
