import type { Builder } from './builder.js';
import type { Township } from './district.js';
import type { MemberFactory } from './members.js';
import type { PlantedIssue, SampleMember } from './types.js';
export function plantOrgProblems(_b: Builder, _t: Township[]): { fixed: Set<number>; extraMembers: number } {
  return { fixed: new Set(), extraMembers: 0 };
}
export function plantRecordProblems(_x: { builder: Builder; members: SampleMember[]; factory: MemberFactory }): PlantedIssue[] {
  return [];
}
