/**
 * Guide item 6: the units of every 联合支部 go on the 《建立联合党支部的单位基本信息汇总表》, sent to the
 * district's organisation department. No record can show whether that was done, so a dataset with joint
 * branches gets one review reminder with their count (one per branch would bury the report).
 * @module
 */
import type { OrgDraft } from '../org/types.js';
import type { BranchIssueSink } from './branchRules.js';
import { datasetJointSummaryTable } from './rules.js';

/**
 * Reports `dataset.joint.summaryTable` once when any org's 所在单位情况 is 联合支部.
 * @example
 * const reported: unknown[] = [];
 * remindJointUnits({ report: (_rule, _path, params) => reported.push(params) }, [{ unitSituation: 'joint', units: [{ name: '甲公司' }, { name: '乙公司' }], extra: {} }]);
 * reported // [{ joint: 1, units: 2 }]
 */
export function remindJointUnits(sink: BranchIssueSink, orgs: readonly OrgDraft[]): void {
  let joint = 0;
  let units = 0;
  for (const org of orgs) {
    if (org.unitSituation !== 'joint') continue;
    joint++;
    units += org.units.length;
  }
  if (joint > 0) sink.report(datasetJointSummaryTable, ['orgs'], { joint, units });
}
