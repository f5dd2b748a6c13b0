/**
 * Rules no record of a dataset can break, so the sample district cannot plant them; each with the
 * reason and where it is tested instead.
 * @module
 */

/** Rule id → why a dataset cannot trigger it. */
export const UNPLANTABLE_RULES: Readonly<Record<string, string>> = {
  'code.noMapping': 'GB/T 4658 → party education mapping (mapGbt4658ToEducation), not a record field',
  'codeTable.shape': 'defineCodeTable input, not dataset records',
  'codeTable.duplicateCode': 'defineCodeTable input, not dataset records',
  'codeTable.missingParent': 'defineCodeTable input, not dataset records',
  'codeTable.cycle': 'defineCodeTable input, not dataset records',
  'codeTable.parentPrefix': 'defineCodeTable input, not dataset records',
  'codeTable.noLeaves': 'defineCodeTable input, not dataset records',
  'tree.org.notFound': 'tree edits (mergeOrgs, relinkUnit), not the check',
  'tree.edit.invalid': 'tree edits (mergeOrgs, relinkUnit), not the check',
  'tree.relink.noUnit': 'tree edits (relinkUnit), not the check',
  'member.field.unreadable': 'a getter that throws: not representable in JSON data (tested in src/member)',
  'change.orgName': 'corrections (an org renamed: before → after), not a single dataset',
  'change.sensitive': 'corrections (diffMember: before → after), not a single dataset',
  'dataset.input.invalid': 'input that is not { orgs: [], members: [] } (tested in src/dataset/checkDataset.test.ts)',
  'dataset.orgs.absent': 'a dataset given without orgs, a member sheet alone (tested in src/dataset/rules.test.ts)',
  'summary.drift': 'compareSummaries against a previous report (tested in src/dataset/compareSummaries.test.ts)',
};
