// Issue 17: after a check returns and the caller drops its data and the report, nothing of the input is
// reachable — no scratch draft, spare record or memo keeps a member's ID number or mobile, or an org
// contact's phone. A child process checks planted numbers and writes heap snapshots; this test scans them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plantedNumbers } from './planted.js';

describe('after a check', () => {
  it('no heap object holds a planted ID number or mobile once the caller has dropped data and report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'partyinfo-heap-'));
    try {
      const alive = join(dir, 'alive.heapsnapshot');
      const after = join(dir, 'after.heapsnapshot');
      const child = fileURLToPath(new URL('./heapChild.ts', import.meta.url));
      const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, alive, after], { encoding: 'utf8', timeout: 110_000 });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout).checked).toBeGreaterThan(0);
      const { idNumber, mobile, contactPhone } = plantedNumbers();
      // The first 17 characters too: a number without its check character is still the person's.
      const needles = [idNumber, idNumber.slice(0, 17), mobile, contactPhone];
      const withData = readFileSync(alive, 'utf8');
      // The scan works: while the data lives, the snapshot holds every number.
      expect(needles.filter((n) => withData.includes(n))).toEqual(needles);
      const dropped = readFileSync(after, 'utf8');
      expect(needles.filter((n) => dropped.includes(n))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
