/**
 * The names `fix --out DIR` writes: each input's fixed copy under the input's own file name, and
 * the issue and change lists. Two inputs of the same name (`a/data.csv`, `b/data.csv`) would
 * overwrite each other, so each name that is taken gets its role added (`data-党员.csv`).
 * @module
 */
import { basename, extname, join } from 'node:path';
import type { Locale } from '../../rules/define.js';

/** Which input a copy is of. */
export type CopyRole = 'members' | 'orgs' | 'jointUnits';

const ROLE_LABEL: Readonly<Record<CopyRole, { zh: string; en: string }>> = {
  members: { zh: '党员', en: 'members' },
  orgs: { zh: '党组织', en: 'orgs' },
  jointUnits: { zh: '联合党支部单位', en: 'units' },
};

/** The names of the files written into a folder. */
export interface FixedCopyNames {
  /** One per input, in the order given. */
  copies: string[];
  /** 问题清单.csv / issues.csv */
  issues: string;
  /** 修改记录.csv / changes.csv */
  changes: string;
}

/**
 * Distinct names in `dir` for the fixed copies of `inputs` and for the two lists; names compare
 * without regard to case (as on Windows and macOS).
 * @example
 * fixedCopyNames('out', [{ role: 'members', file: 'a/data.csv' }, { role: 'orgs', file: 'b/data.csv' }], 'zh-CN').copies // ['out/data-党员.csv', 'out/data-党组织.csv']
 * fixedCopyNames('out', [{ role: 'members', file: '党员.xlsx' }], 'en').issues // 'out/issues.csv'
 */
export function fixedCopyNames(dir: string, inputs: readonly { role: CopyRole; file: string }[], locale: Locale): FixedCopyNames {
  const en = locale === 'en';
  const issues = en ? 'issues.csv' : '问题清单.csv';
  const changes = en ? 'changes.csv' : '修改记录.csv';
  const count = new Map<string, number>();
  for (const name of [issues, changes, ...inputs.map((i) => basename(i.file))]) count.set(name.toLowerCase(), (count.get(name.toLowerCase()) ?? 0) + 1);
  const taken = new Set<string>([...count.keys()].filter((name) => count.get(name) === 1));
  taken.add(issues.toLowerCase()).add(changes.toLowerCase());
  const copies = inputs.map(({ role, file }) => {
    const own = basename(file);
    let name = own;
    if (count.get(own.toLowerCase())! > 1) {
      const ext = extname(own);
      const stem = `${own.slice(0, own.length - ext.length)}-${en ? ROLE_LABEL[role].en : ROLE_LABEL[role].zh}`;
      name = `${stem}${ext}`;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${ext}`;
    }
    taken.add(name.toLowerCase());
    return join(dir, name);
  });
  return { copies, issues: join(dir, issues), changes: join(dir, changes) };
}
