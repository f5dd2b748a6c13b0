import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSampleDistrict } from '../../../dataset/sample/generate.js';
import { sampleOptions } from '../../../dataset/sample/tables.js';
import { resolveOptions } from '../../../options.js';
import { emptyMemberDraft } from '../../checkMemberRecord.js';
import { MEMBER_FIELDS } from '../../fields.js';
import type { MemberDraft } from '../../types.js';
import { fillCanonicalFields } from './canonicalRecord.js';
import { checkConfirmation } from '../confirmation.js';
import { checkContactAndStatus, readFlags } from '../contactStatusFields.js';
import { readMemberDays } from '../crossFieldRules.js';
import { memberEnv } from '../env.js';
import { checkIdentity } from '../identityFields.js';
import { checkPartyFields } from '../partyFields.js';
import { RawMember, readInput } from '../readInput.js';
import { RecordSink } from '../sink.js';

const env = memberEnv(resolveOptions(sampleOptions()));
const members = generateSampleDistrict().members as Record<string, unknown>[];

const raw = (record: object): RawMember => readInput(record, new RecordSink('zh-CN'), new RawMember());

/** The field steps on their own, as the member check runs them when the shortcut gives up. */
function fieldSteps(record: object): { draft: MemberDraft; sink: RecordSink } {
  const r = raw(record);
  const draft = emptyMemberDraft();
  const sink = new RecordSink('zh-CN');
  readFlags(r, draft, sink);
  checkIdentity(r, draft, env, sink);
  checkPartyFields(r, draft, env, sink);
  checkContactAndStatus(r, draft, env, sink);
  checkConfirmation(r, draft, env, sink);
  return { draft, sink };
}

/** The shortcut's draft, or undefined when it gave up. */
function shortcut(record: object): MemberDraft | undefined {
  const draft = emptyMemberDraft();
  return fillCanonicalFields(raw(record), draft, env, readMemberDays(emptyMemberDraft())) ? draft : undefined;
}

/** Taking the shortcut is right only when the field steps would report nothing, change nothing, and fill the same draft. */
function expectSameAsFieldSteps(record: object): boolean {
  const fast = shortcut(record);
  if (fast === undefined) return false;
  const { draft, sink } = fieldSteps(record);
  expect(sink.issues).toBeUndefined();
  expect(sink.changes).toBeUndefined();
  expect(fast).toEqual(draft);
  return true;
}

const clean = members[0]!;

describe('fillCanonicalFields', () => {
  it('takes most records of the sample district, each exactly as the field steps would', () => {
    let taken = 0;
    for (const record of members) if (expectSameAsFieldSteps(record)) taken++;
    expect(taken / members.length).toBeGreaterThan(0.85);
  });

  it('takes a 流动 member with a plain destination', () => {
    expect(expectSameAsFieldSteps({ ...clean, floating: '是', floatingDestination: '浙江省杭州市' })).toBe(true);
    expect(shortcut({ ...clean, floating: true, floatingDestination: '浙江省杭州市' })?.floatingDestination).toBe('浙江省杭州市');
  });

  it('takes a plain clean record and fills every field of it', () => {
    const draft = shortcut(clean);
    expect(draft).toBeDefined();
    expect(draft!.name).toBe(clean.name);
    expect(draft!.ethnicityName).toBe('汉族');
    expect([draft!.lostContact, draft!.floating]).toEqual([false, false]);
  });

  // Each of these needs a field step: an issue, a change, or a rule of its own.
  const needsSteps: Record<string, Record<string, unknown>> = {
    'untrimmed name': { name: ' 张三' },
    'dot look-alike in a name': { name: '买买提•艾力' },
    'digit in a name': { name: '张3' },
    'gender against the ID number': { gender: clean.gender === '男' ? '女' : '男' },
    'gender written 1': { gender: 1 },
    'blank gender (taken from the ID)': { gender: undefined },
    'slashed birth date': { birthDate: String(clean.birthDate).replace(/-/g, '/') },
    'ID number in lower-case x': { idNumber: '11010519491231002x' },
    'ethnicity by its short name': { ethnicity: '汉' },
    'education not a leaf': { education: '2' },
    'member type 正式': { memberType: '正式' },
    'branch with a space': { branch: `${String(clean.branch)} ` },
    'branch with half-width brackets': { branch: '中共某某(联合)支部委员会' },
    'blank join date': { joinDate: '' },
    'white-space-only full date': { fullDate: ' ' },
    'mobile with spaces': { mobile: '138 1234 5678' },
    'blank mobile': { mobile: undefined },
    'landline without a hyphen': { landline: '05741234567' },
    'address without a house number': { address: '明州市江滨区明西路' },
    'address ending in U+1680': { address: `${String(clean.address)}\u1680` },
    '保留党籍': { partyStatus: '保留党籍' },
    失联: { lostContact: '是' },
    '流动 without a destination': { floating: true },
    '流动 with a destination as an object': { floating: '是', floatingDestination: { province: '浙江省' } },
    'a confirmation column': { confirmedBy: '李四' },
    'lost-contact date without 失联': { lostContactDate: '2017-01-01' },
  };
  const QUIET_STEPS = new Set(['lost-contact date without 失联', 'white-space-only full date', '流动 with a destination as an object']);
  for (const [label, patch] of Object.entries(needsSteps)) {
    it(`leaves ${label} to the field steps`, () => {
      const record = { ...clean, ...patch };
      expect(shortcut(record)).toBeUndefined();
      const { sink } = fieldSteps(record);
      const reported = (sink.issues?.length ?? 0) + (sink.changes?.length ?? 0);
      // Cells the field steps read silently, which the shortcut leaves to them: a lost-contact date of a member
      // still in contact, a blank full date (its rule, fullDate.missing, runs after either), and a destination
      // given as { province, city, county } (joined, a conversion rather than a change).
      if (!QUIET_STEPS.has(label)) expect(reported).toBeGreaterThan(0);
    });
  }

  it('never takes a record the field steps would report or change (random cells on sample records)', () => {
    // Every field of the table: a field the shortcut forgets (leaving it out of the draft) fails here.
    const fields = MEMBER_FIELDS;
    const cells = fc.oneof(
      fc.constantFrom(undefined, null, '', ' ', '\u3000', '\u1680', '否', '是', false, true, 0, 1, '男', '女', '汉族', '汉', '01', '正常', '正式党员', '预备党员', '21', '011', '2017-07-24', '2017-02-29', '浙江省杭州市', ' 浙江省', '1921-06-30', '13800138000', 13800138000, '0574-87654321', '某某路1号'),
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^[\d -]{8,20}$/),
    );
    fc.assert(
      fc.property(fc.nat(members.length - 1), fc.constantFrom(...fields), cells, (at, field, value) => {
        expectSameAsFieldSteps({ ...members[at]!, [field]: value });
      }),
      { numRuns: 2000 },
    );
  });
});
