// Issue 8, PII: the whole sample district (61,451 members, every planted problem) through
// checkDataset, in both languages; no issue message, no summary and no report (text, JSON, HTML,
// CSV from partyinfo/io) may hold a full ID number or a mobile number. Masked forms
// (330212********123X, 138****5678) are fine; so are units' credit codes, which are public.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as sampleApi from '../src/sample.js';
import { buildReport, formatReportCsv, formatReportHtml, formatReportJson, formatReportText } from '../src/io/index.js';

/** An 18-character ID number, or 15 digits (the legacy form), standing alone. */
const ID_NUMBER = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
/** An 11-digit mainland mobile number standing alone (also after +86 or inside 86…). */
const MOBILE = /(?<!\d)(?:86)?1[3-9]\d{9}(?!\d)/g;

const sample = sampleApi.generateSampleDistrict();
const field = (record: unknown, key: string): string | undefined => {
  const v = (record as Record<string, unknown>)[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
};
/** Units' credit codes and org codes: public registration numbers that may look like an ID number. */
const unitCodes = new Set<string>();
for (const org of sample.orgs as unknown as Record<string, unknown>[]) {
  const units = [org.unit, ...(Array.isArray(org.units) ? org.units : [])];
  for (const u of units) {
    const code = u && typeof u === 'object' ? field(u, 'code') : undefined;
    if (code) unitCodes.add(code.trim().toUpperCase());
  }
}
/** Every ID and phone number the sample holds, as written and as digits only. */
const secrets = new Set<string>();
for (const m of sample.members as unknown as Record<string, unknown>[]) {
  for (const key of ['idNumber', 'mobile']) {
    const v = field(m, key);
    if (v && v.replace(/\D/g, '').length >= 11) {
      secrets.add(v.trim().toUpperCase());
      secrets.add(v.replace(/[^\dXx]/g, '').toUpperCase());
    }
  }
}
for (const o of sample.orgs as unknown as Record<string, unknown>[]) {
  const v = field(o, 'contactPhone');
  if (v && v.replace(/\D/g, '').length === 11) secrets.add(v.replace(/\D/g, ''));
}

/** The personal numbers a text shows (unit codes excepted). */
function leaks(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(ID_NUMBER)) if (!unitCodes.has(m[0].toUpperCase())) found.add(m[0]);
  // A mobile-looking run inside a unit code is the code, not a phone.
  const withoutCodes = text.replace(/[0-9A-Z]{18}/g, (s) => (unitCodes.has(s) ? '#' : s));
  for (const m of withoutCodes.matchAll(MOBILE)) found.add(m[0]);
  // The sample's own numbers anywhere, even inside a longer run of digits.
  for (const run of text.matchAll(/[\dXx]{11,}/g)) {
    const digits = run[0].toUpperCase();
    for (const len of [11, 15, 18]) for (let i = 0; i + len <= digits.length; i++) if (secrets.has(digits.slice(i, i + len))) found.add(digits.slice(i, i + len));
  }
  return [...found];
}

describe.each(['zh-CN', 'en'] as const)('the sample district checked in %s', (locale) => {
  const report = api.checkDataset({ orgs: sample.orgs, members: sample.members }, { ...sampleApi.sampleOptions(), locale });

  it('finds its planted problems (so there are messages to look at)', () => {
    expect(report.issues.length).toBeGreaterThan(50);
    expect(secrets.size).toBeGreaterThan(100_000);
  });

  it('no issue message holds an ID or mobile number', () => {
    expect(report.issues.flatMap((i) => leaks(i.message).map((n) => `${i.rule} ${i.path.join('.')}: ${n}`))).toEqual([]);
  });

  it('no summary string holds one', () => {
    expect(leaks(JSON.stringify(report.summary))).toEqual([]);
  });

  it('no report format holds one', () => {
    const rows = buildReport({ issues: report.issues, orgs: sample.orgs, members: sample.members, locale });
    for (const [format, text] of [
      ['text', formatReportText(rows)], ['json', formatReportJson(rows)], ['html', formatReportHtml(rows)], ['csv', formatReportCsv(rows, { locale })],
    ] as const) {
      expect(text.length, format).toBeGreaterThan(1000);
      expect(leaks(text), format).toEqual([]);
    }
  }, 300_000);
});

describe('the leak detector', () => {
  it('sees full numbers and lets masked ones and unit codes pass', () => {
    const [id] = [...secrets].filter((s) => s.length === 18);
    const code = [...unitCodes][0]!;
    expect(leaks(`身份证号 ${id} 有误`)).toContain(id);
    expect(leaks('手机 13812345678；+8613812345678')).toEqual(['13812345678', '8613812345678']);
    expect(leaks(`身份证号 ${api.maskIdNumber(id!)}，手机 ${api.maskMobile('13812345678')}，单位代码 ${code}`)).toEqual([]);
  });
});
