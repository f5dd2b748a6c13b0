/**
 * Who the members of each kind of branch are: birth years, share of men, work posts and education
 * (as data, read by the member generator). Work posts avoid the categories the guide says to report
 * by name, so clean members raise no review.
 * @module
 */
import type { Profile } from './types.js';

type Weighted = readonly (readonly [string, number])[];

/** Birth years `[from, to]`, and `older` > 1 to weigh the earlier years more. */
export interface ProfileSpec {
  born: readonly [number, number];
  older: number;
  /** Share of men. */
  men: number;
  /** Work posts of working-age members. */
  posts: Weighted;
  /** Work posts of members 56 and over (default: `posts`). */
  elderPosts?: Weighted;
  /** Education table: 'professional' (degrees) or 'general' (by birth year). */
  schooling: 'professional' | 'business' | 'general';
  /** Mean years between the 18th birthday and joining. */
  joinDelay: number;
  /** Can members be 流动党员 (working away with a 流动党员证)? */
  mobile: boolean;
}

const RETIRED: Weighted = [['502', 90], ['503', 4], ['504', 6]];

export const PROFILES: Readonly<Record<Profile, ProfileSpec>> = {
  organ: { born: [1958, 1994], older: 1, men: 0.65, posts: [['011', 80], ['012', 15], ['0314', 5]], schooling: 'professional', joinDelay: 5, mobile: false },
  police: { born: [1960, 1994], older: 1, men: 0.85, posts: [['011', 100]], schooling: 'professional', joinDelay: 4, mobile: false },
  township: { born: [1960, 1994], older: 1, men: 0.6, posts: [['011', 70], ['012', 20], ['0314', 10]], schooling: 'professional', joinDelay: 5, mobile: false },
  school: { born: [1958, 1994], older: 1, men: 0.4, posts: [['0212', 85], ['0211', 10], ['0315', 5]], schooling: 'professional', joinDelay: 6, mobile: false },
  hospital: { born: [1958, 1994], older: 1, men: 0.4, posts: [['0212', 80], ['0211', 12], ['0315', 8]], schooling: 'professional', joinDelay: 7, mobile: false },
  state: { born: [1958, 1995], older: 1, men: 0.7, posts: [['0213', 35], ['0214', 35], ['0311', 30]], schooling: 'business', joinDelay: 7, mobile: false },
  private: { born: [1962, 1996], older: 0.9, men: 0.65, posts: [['0215', 30], ['0216', 35], ['0312', 35]], schooling: 'business', joinDelay: 8, mobile: true },
  joint: { born: [1960, 1996], older: 0.9, men: 0.7, posts: [['0215', 25], ['0216', 25], ['0312', 30], ['604', 20]], schooling: 'business', joinDelay: 9, mobile: true },
  social: { born: [1955, 1996], older: 1, men: 0.5, posts: [['0217', 40], ['0218', 40], ['0313', 20]], schooling: 'business', joinDelay: 8, mobile: false },
  village: {
    born: [1925, 1995], older: 1.4, men: 0.8,
    posts: [['11', 40], ['123', 18], ['124', 15], ['122', 2], ['604', 10], ['612', 10], ['0215', 5]],
    elderPosts: [['11', 55], ['124', 35], ['502', 10]],
    schooling: 'general', joinDelay: 10, mobile: true,
  },
  community: {
    born: [1922, 1996], older: 1.7, men: 0.6,
    posts: [['602', 15], ['605', 20], ['604', 15], ['612', 25], ['0215', 15], ['613', 10]],
    elderPosts: [['502', 80], ['613', 10], ['612', 10]],
    schooling: 'general', joinDelay: 9, mobile: true,
  },
  retiree: { born: [1922, 1960], older: 1, men: 0.75, posts: RETIRED, schooling: 'general', joinDelay: 8, mobile: false },
};

const EDUCATION = {
  professionalYoung: [['21', 55], ['12', 30], ['22', 10], ['11', 2], ['2B', 3]],
  professionalOld: [['21', 45], ['22', 25], ['2B', 15], ['12', 10], ['41', 5]],
  businessYoung: [['21', 40], ['22', 30], ['12', 8], ['6', 10], ['44', 7], ['47', 5]],
  businessOld: [['22', 30], ['21', 20], ['6', 25], ['41', 10], ['7', 15]],
  before1945: [['8', 40], ['7', 35], ['6', 15], ['9', 10]],
  before1965: [['7', 45], ['6', 30], ['41', 5], ['22', 10], ['8', 10]],
  before1980: [['6', 35], ['7', 25], ['22', 20], ['21', 10], ['44', 10]],
  since1980: [['21', 45], ['22', 35], ['6', 10], ['12', 5], ['44', 5]],
} as const satisfies Record<string, Weighted>;

/**
 * Education codes (学历代码 leaves) by kind of work and birth year.
 * @example
 * educationTable('general', 1940)[0] // ['8', 40]
 */
export function educationTable(schooling: ProfileSpec['schooling'], bornYear: number): Weighted {
  if (schooling === 'professional') return bornYear >= 1975 ? EDUCATION.professionalYoung : EDUCATION.professionalOld;
  if (schooling === 'business') return bornYear >= 1975 ? EDUCATION.businessYoung : EDUCATION.businessOld;
  if (bornYear < 1945) return EDUCATION.before1945;
  if (bornYear < 1965) return EDUCATION.before1965;
  if (bornYear < 1980) return EDUCATION.before1980;
  return EDUCATION.since1980;
}
