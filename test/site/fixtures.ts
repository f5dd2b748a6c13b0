// Fixtures of the browser tests: a small sample district with planted problems, written by the
// library's own writers as .xlsx, UTF-8 CSV and GBK CSV, plus its code tables as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSampleDistrict, SAMPLE_TODAY, sampleTables } from '../../src/sample.js';
import { encodeText } from '../../src/io/csv/encoding.js';
import { writeDatasetFiles } from '../../src/io/write/outputs.js';

export interface SiteFixtures {
  orgsXlsx: string;
  membersXlsx: string;
  orgsCsvUtf8: string;
  membersCsvGbk: string;
  tablesJson: string;
  today: string;
}

/** Writes the fixtures into `dir`. */
export async function writeSiteFixtures(dir: string): Promise<SiteFixtures> {
  const district = generateSampleDistrict({ orgs: 10, members: 60 });
  const members = district.members.map((m) => ({ ...m })) as Record<string, unknown>[];
  const id = String(members[0]!.idNumber);
  members[0]!.idNumber = id.slice(0, 17) + (id[17] === '0' ? '1' : '0'); // wrong check character
  members[1]!.branch = '中共不存在的支部委员会'; // no such branch
  members[2]!.birthDate = '1990-02-30'; // no such day
  const [orgsXlsx, membersXlsx, orgsCsvUtf8, membersCsvUtf8] = await writeDatasetFiles(dir, { orgs: district.orgs, members }, { date: SAMPLE_TODAY });
  const text = new TextDecoder().decode(readFileSync(membersCsvUtf8!)).replace(/^\ufeff/, '');
  const membersCsvGbk = join(dir, '党员（GBK）.csv');
  writeFileSync(membersCsvGbk, encodeText(text, 'gb18030', false));
  const tablesJson = join(dir, '代码表.json');
  writeFileSync(tablesJson, JSON.stringify(Object.values(sampleTables()).map((t) => t.data)));
  return { orgsXlsx: orgsXlsx!, membersXlsx: membersXlsx!, orgsCsvUtf8: orgsCsvUtf8!, membersCsvGbk, tablesJson, today: SAMPLE_TODAY };
}
