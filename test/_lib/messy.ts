/**
 * Values as spreadsheets and people really write them: valid identifiers (made with the library's
 * own check-character functions) and sample-district records, then messed up the way docs/spreadsheets.md
 * says input arrives — full-width characters, stray spaces, lower-case x, dashes and +86 in phones,
 * numbers where text was meant, `Date`s for dates.
 */
import fc from 'fast-check';
import * as api from '../../src/index.js';

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const ymd = fc.date({ min: new Date(1930, 0, 1), max: new Date(2005, 11, 31), noInvalidDate: true }).map((d) =>
  `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`,
);

/** Valid 18-character ID numbers (region codes of the guide's district and a few others). */
export const idNumber = fc
  .tuple(fc.constantFrom('110105', '330212', '330203', '420106', '510104', '650102'), ymd, digits(3))
  .map(([region, birth, seq]) => `${region}${birth}${seq}`)
  .map((first17) => `${first17}${api.idNumberCheckChar(first17)}`);

const orgCodeBody = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'), minLength: 8, maxLength: 8 });
/** Valid 9-character organisation codes (GB 11714). */
export const orgCode = orgCodeBody.map((body) => `${body}${api.orgCodeCheckChar(body)}`);
/** Valid unified social credit codes (GB 32100): enterprises registered in Ningbo. */
export const creditCode = orgCode.map((code) => `91330203${code}`).map((first17) => `${first17}${api.creditCodeCheckChar(first17)}`);
/** Mobile numbers of common segments. */
export const mobile = fc.tuple(fc.constantFrom('138', '139', '150', '153', '180', '189'), digits(8)).map(([a, b]) => `${a}${b}`);
/** Dates in the forms docs/spreadsheets.md lists. */
export const dateText = fc
  .date({ min: new Date(1921, 6, 1), max: new Date(2017, 6, 24), noInvalidDate: true })
  .chain((d) => {
    const [y, m, day] = [d.getFullYear(), d.getMonth() + 1, d.getDate()];
    const p = (n: number) => String(n).padStart(2, '0');
    return fc.constantFrom(`${y}-${p(m)}-${p(day)}`, `${y}/${m}/${day}`, `${y}.${m}.${day}`, `${y}${p(m)}${p(day)}`, `${y}年${m}月${day}日`, `${y}-${p(m)}`, `${y}${p(m)}`);
  });

const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** One way a person or a spreadsheet changes a text value on its way in. */
export const textMess: fc.Arbitrary<(s: string) => unknown> = fc.constantFrom<(s: string) => unknown>(
  (s) => s,
  (s) => toFullWidth(s),
  (s) => ` ${s} `,
  (s) => `\u3000${s}\t`,
  (s) => s.toLowerCase(),
  (s) => s.replace(/(\d{3})(\d{4})/, '$1 $2'),
  (s) => s.replace(/(\d{3})(\d{4})/, '$1-$2'),
  (s) => (/^1\d{10}$/.test(s) ? `+86 ${s}` : s),
  (s) => (/^\d{1,15}$/.test(s) && !s.startsWith('0') ? Number(s) : s),
  (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : s;
  },
);

/** Messy text: a domain value through one or two of the changes above. */
export function messy(arb: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.tuple(arb, textMess, textMess).map(([s, f, g]) => {
    const once = f(s);
    return typeof once === 'string' ? g(once) : once;
  });
}

/** Texts for the normalisers: identifiers, dates, names and choices, messed up. */
export const messyText: fc.Arbitrary<unknown> = fc.oneof(
  messy(idNumber), messy(orgCode), messy(creditCode), messy(mobile), messy(dateText),
  messy(fc.constantFrom('汉族', '土家族', '男', '女', '正式党员', '预备党员', '正式', '预备', '正常', '保留党籍', '是', '否', 'Y', 'N', '1', '0')),
  messy(fc.constantFrom('中共江滨区纪律检查委员会机关第二支部委员会', '中共明州市江滨区（某某）村支部委员会', '欧阳·娜娜', '张 三', '赵辉德')),
  messy(fc.string()),
);

/**
 * Records of the sample district with some fields messed up: what the record validators see.
 * @param records - clean records (generated once by the caller)
 */
export function messyRecords(records: readonly Record<string, unknown>[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.nat({ max: records.length - 1 }), fc.array(fc.tuple(fc.nat(), textMess), { maxLength: 4 }))
    .map(([i, changes]) => {
      const record = { ...records[i]! };
      const keys = Object.keys(record);
      for (const [k, mess] of changes) {
        const key = keys[k % keys.length]!;
        const value = record[key];
        if (typeof value === 'string') record[key] = mess(value);
      }
      return record;
    });
}
