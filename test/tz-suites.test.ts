// Issue 8, time zones: the date and member suites under TZ=Asia/Shanghai, UTC, America/Sao_Paulo
// and Pacific/Apia (UTC+13, which skipped 2011-12-30). One child vitest runs them as four projects
// (test/tz.vitest.config.ts); each project first proves its zone (test/tz-zone.check.ts). The
// identifiers' own per-zone date table stays in test/tz.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ZONES } from './tz.vitest.config.js';

interface JsonReport {
  success: boolean;
  numFailedTests: number;
  testResults: { name: string; status: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

const root = fileURLToPath(new URL('..', import.meta.url));

function runZonedSuites(): { report?: JsonReport; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'partyinfo-tz-'));
  try {
    const out = join(dir, 'report.json');
    const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
    const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'test/tz.vitest.config.ts', '--reporter=json', `--outputFile=${out}`], {
      cwd: root, encoding: 'utf8', timeout: 1_200_000, env: { ...process.env, CI: 'true' },
    });
    let report: JsonReport | undefined;
    try {
      report = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
    } catch {
      report = undefined;
    }
    return { report, output: `${run.stdout ?? ''}${run.stderr ?? ''}`.slice(-4000) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('date and member suites in four time zones', () => {
  it('pass in every zone, each proven in force', () => {
    const { report, output } = runZonedSuites();
    expect(report, output).toBeDefined();
    const failures = report!.testResults.flatMap((f) =>
      f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${f.name}: ${a.fullName}\n${a.failureMessages.join('\n').slice(0, 800)}`),
    );
    expect(failures).toEqual([]);
    expect(report!.success).toBe(true);
    // Every zone ran its probe, and the member suite ran four times.
    const probes = report!.testResults.filter((f) => f.name.endsWith('tz-zone.check.ts')).flatMap((f) => f.assertionResults.map((a) => a.fullName));
    expect(probes.sort()).toEqual(ZONES.map((z) => `runs in ${z}`).sort());
    const memberFiles = report!.testResults.filter((f) => f.name.includes('/src/member/'));
    expect(memberFiles.length % ZONES.length).toBe(0);
    expect(memberFiles.length).toBeGreaterThanOrEqual(ZONES.length * 5);
  }, 1_200_000);
});
