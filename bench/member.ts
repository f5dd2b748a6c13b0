/**
 * Member record check throughput: ns per member on generated valid members, the way the dataset check runs
 * it (one resolved context, records sharing a shape). Target: 61,451 members ≤ 100 ms (≈1.5 µs each) and
 * 1,000,000 ≤ 1.5 s on a 2-core machine.
 *
 * Run: `npx tsx bench/member.ts` (add `--n=200000` to change the size of the timed set).
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { checkMemberRecord } from '../src/member/checkMemberRecord.js';
import { idNumberCheckChar } from '../src/identifiers/idNumberScan.js';
import { createRandom } from '../src/dataset/sample/random.js';
import { resolveOptions } from '../src/options.js';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '欧阳'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '建华', '志强'];
const ETHNICITIES = ['汉族', '汉族', '汉族', '汉族', '01 汉族', '回族', '满族', '土家族', '蒙古族', '畲族'];
const EDUCATION = ['11', '12', '21', '22', '41', '6', '7', '8', '21 大学', '12 硕士研究生'];
const WORK_POSTS = ['011', '012', '0211', '0212', '0213', '0214', '0215', '0216', '11', '122', '124', '502', '601', '602', '604', '605', '612', '613'];
const REGIONS = ['330212', '330203', '330204', '330205', '330206', '330211', '330281', '330282', '330283', '110105', '320102'];
const STREETS = ['中山东路', '天童南路', '钱湖北路', '首南西路', '四明中路', '学士路', '鄞州大道'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function day(rnd: () => number, fromYear: number, toYear: number): { y: number; m: number; d: number } {
  return { y: fromYear + Math.floor(rnd() * (toYear - fromYear + 1)), m: 1 + Math.floor(rnd() * 12), d: 1 + Math.floor(rnd() * 28) };
}

function ymd(t: { y: number; m: number; d: number }): string {
  return `${t.y}-${pad(t.m, 2)}-${pad(t.d, 2)}`;
}

/** `n` valid members as a spreadsheet import gives them (strings, a few `code name` cells and numeric phones). */
export function generateMembers(n: number, seed = 1): Record<string, unknown>[] {
  const rnd = createRandom(seed).next;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const birth = day(rnd, 1935, 1995);
    const male = rnd() < 0.6;
    const seq = Math.floor(rnd() * 500) * 2 + (male ? 1 : 0);
    const first17 = `${pick(rnd, REGIONS)}${birth.y}${pad(birth.m, 2)}${pad(birth.d, 2)}${pad(seq, 3)}`;
    const idNumber = first17 + idNumberCheckChar(first17)!;
    const joinYear = Math.min(2016, birth.y + 18 + 1 + Math.floor(rnd() * 30));
    const join = { y: joinYear, m: 1 + Math.floor(rnd() * 12), d: 1 + Math.floor(rnd() * 28) };
    const probationary = joinYear === 2016 && join.m >= 7;
    const post = birth.y < 1960 ? (rnd() < 0.8 ? '502' : '011') : pick(rnd, WORK_POSTS.filter((p) => p !== '502'));
    out.push({
      name: pick(rnd, SURNAMES) + pick(rnd, GIVEN),
      gender: male ? '男' : '女',
      ethnicity: pick(rnd, ETHNICITIES),
      idNumber,
      birthDate: ymd(birth),
      education: pick(rnd, EDUCATION),
      memberType: probationary ? '预备党员' : '正式党员',
      branch: `中共宁波市鄞州区第${1 + Math.floor(rnd() * 400)}支部委员会`,
      joinDate: ymd(join),
      fullDate: probationary ? '' : ymd({ ...join, y: join.y + 1 }),
      workPost: post,
      mobile: rnd() < 0.3 ? 13_800_000_000 + Math.floor(rnd() * 99_999_999) : `139${pad(Math.floor(rnd() * 1e8), 8)}`,
      landline: rnd() < 0.5 ? `0574-8${pad(Math.floor(rnd() * 1e7), 7)}` : '',
      address: `宁波市鄞州区${pick(rnd, STREETS)}${1 + Math.floor(rnd() * 2000)}号`,
      partyStatus: '正常',
      lostContact: '否',
      floating: '否',
      floatingDestination: '',
    });
  }
  // As parsed input holds them: flat strings, not the ropes template literals build.
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>[];
}

interface Timing {
  /** Wall-clock milliseconds. */
  ms: number;
  /** CPU milliseconds of this process (user + system): what the run cost when other work shares the cores. */
  cpuMs: number;
  issues: number;
}

function timeRun(members: readonly unknown[], ctx: ReturnType<typeof resolveOptions>): Timing {
  let issues = 0;
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < members.length; i++) issues += checkMemberRecord(members[i], ctx).issues.length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, issues };
}

const nsPer = (ms: number, n: number): string => ((ms * 1e6) / n).toFixed(0);

function main(): void {
  const arg = process.argv.find((a) => a.startsWith('--n='));
  const n = arg ? Number(arg.slice(4)) : 61_451;
  const ctx = resolveOptions({ today: '2017-07-24' });
  const members = generateMembers(n);

  // The first pass runs the code cold (interpreter, then tier-up and compilation), as one dataset check does.
  const cold = timeRun(members, ctx);
  console.log(
    `first (cold) pass: wall ${cold.ms.toFixed(1)} ms, CPU ${cold.cpuMs.toFixed(1)} ms → ${nsPer(cold.ms, n)} ns/member wall,` +
      ` ${nsPer(cold.cpuMs, n)} ns/member CPU`,
  );

  const sample = members.slice(0, 2000).map((m) => checkMemberRecord(m, ctx)).filter((r) => r.issues.length > 0);
  if (sample.length > 0) {
    console.log(`note: ${sample.length}/2000 generated members have issues, e.g.`, sample[0]!.issues.slice(0, 3));
  }

  for (let i = 0; i < 3; i++) timeRun(members, ctx); // warm-up to the steady state
  const runs: Timing[] = [];
  for (let i = 0; i < 7; i++) runs.push(timeRun(members, ctx));
  const median = (pick: (t: Timing) => number): number => runs.map(pick).sort((a, b) => a - b)[3]!;
  const best = (pick: (t: Timing) => number): number => Math.min(...runs.map(pick));
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  console.log(
    `steady state, ${n.toLocaleString('en')} members: wall median ${median((t) => t.ms).toFixed(1)} ms (best ${best((t) => t.ms).toFixed(1)}),` +
      ` CPU median ${median((t) => t.cpuMs).toFixed(1)} ms → ${nsPer(median((t) => t.ms), n)} ns/member wall,` +
      ` ${nsPer(median((t) => t.cpuMs), n)} ns/member CPU, best wall ${nsPer(best((t) => t.ms), n)} ns/member` +
      ` (issues in set: ${runs[0]!.issues})`,
  );

  const million = generateMembers(1_000_000, 7);
  timeRun(million, ctx);
  const big = timeRun(million, ctx);
  console.log(
    `1,000,000 members: wall ${big.ms.toFixed(0)} ms, CPU ${big.cpuMs.toFixed(0)} ms` +
      ` → ${nsPer(big.ms, 1e6)} ns/member wall, ${nsPer(big.cpuMs, 1e6)} ns/member CPU`,
  );
}

// Run only as a script, so the generator can be imported by other benches.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
