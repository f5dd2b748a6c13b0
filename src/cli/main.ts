#!/usr/bin/env node
// The `partyinfo` command (Node only): see `partyinfo --help`, or src/cli/usage.ts.
import { runCli } from './run.js';
import { quietWhenClosed } from './streams.js';

runCli(process.argv.slice(2), { stdout: quietWhenClosed(process.stdout), stderr: quietWhenClosed(process.stderr), stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`partyinfo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
