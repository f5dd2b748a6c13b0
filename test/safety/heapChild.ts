/**
 * Child of `heapAfterCheck.test.ts`: checks a dataset holding planted personal numbers (batch, stream and
 * the single-record validators), writes a heap snapshot while the data is alive, drops everything, collects,
 * and writes a second one. The parent scans both (the needles are never in this process's heap but through
 * the data).
 */
import { writeHeapSnapshot } from 'node:v8';
import { checkDataset, checkDatasetStream, validateMember, validateOrg } from '../../src/index.js';
import { plantedNumbers } from './planted.js';
import { ROOT, TODAY, branch, member, members } from '../../src/dataset/__fixtures__/records.js';

const [alivePath, afterPath] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc!;
const A = '中共某某公司支部委员会';

async function check(): Promise<number> {
  const planted = plantedNumbers();
  const person = (n: number) => member(n, A, { name: '欧阳' + '明月', idNumber: planted.idNumber, mobile: planted.mobile, address: '某某路' + n + '号' });
  // The planted member first and last (the first records of a run fill memos; the last stays in scratch
  // space), once clean and once with problems (the field-by-field path).
  const data = {
    orgs: [ROOT, branch('a', A, { contact: '赵' + '六', contactPhone: planted.contactPhone })],
    members: [person(1), ...members(20, A), { ...person(2), gender: '?', birthDate: '1987-13-40' }, person(3)],
  };
  const options = { today: TODAY };
  let issues = checkDataset(data, options).issues.length;
  issues += (await checkDatasetStream({ orgs: data.orgs, members: [data.members.slice(0, 10), data.members.slice(10)] }, options)).issues.length;
  issues += validateMember(data.members[0], options).issues.length + validateMember(data.members.at(-2), options).issues.length;
  issues += validateOrg(data.orgs[1], options).issues.length;
  gc();
  writeHeapSnapshot(alivePath);
  return issues + data.members.length;
}

const n = await check();
for (let i = 0; i < 3; i++) {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 10));
}
writeHeapSnapshot(afterPath);
console.log(JSON.stringify({ checked: n }));
