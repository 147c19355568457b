import {
  assistOwners,
  DutyEvidence,
  Holding,
  leadOwners,
  NamedRef,
  OwnerEvidence,
  PostRef,
  StaffPost,
} from './duty-evidence';

/**
 * The duty audit's rules, on one day, from a duty's evidence (and its parent's):
 *
 * - BLANK: no lead owner.
 * - OVERLAP: two or more different lead owners.
 * - VACANT: lead owners exist, and none of them is filled. A post owner is filled when somebody
 *   holds it substantively; an office owner is filled when one of its PRINCIPAL posts is. An acting
 *   holder does not fill a post: they stand in for the vacancy (the first fallback).
 * - CROSSOVER: the duty and its parent both have lead owners whose lines reach a leader in charge,
 *   and no leader in charge is common to both. A line runs from a lead owner to its office (an office
 *   owner itself, a post owner the office the post is IN) and on to the leadership posts IN_CHARGE_OF
 *   that office; a leadership post that leads a duty itself is its own line's leader.
 * - SELF_SUPERVISED: one person holds a lead owner's post (the post, or the lead office's principal
 *   post) and also a leadership post in charge of that owner's office: nobody else supervises the work.
 *   Acting holdings count on both sides.
 */
export const DUTY_FLAGS = ['OVERLAP', 'CROSSOVER', 'BLANK', 'VACANT', 'SELF_SUPERVISED'] as const;
export type DutyFlag = (typeof DUTY_FLAGS)[number];

/**
 * Flags computed from appointments: SELF_SUPERVISED says one person holds two given posts. A caller
 * who may not learn holdings (docs/privacy.md) sees neither the flag, nor its count, nor a finding
 * raised by it alone.
 */
export const FLAGS_FROM_HOLDINGS: readonly DutyFlag[] = ['SELF_SUPERVISED'];

/** The flags a caller sees, in DUTY_FLAGS order. */
export function visibleFlags(seesHoldings: boolean): readonly DutyFlag[] {
  return seesHoldings ? DUTY_FLAGS : DUTY_FLAGS.filter((flag) => !FLAGS_FROM_HOLDINGS.includes(flag));
}

/** How many audited duties carry each flag (a duty with two flags counts under both). */
export interface FlagCounts {
  OVERLAP: number;
  CROSSOVER: number;
  BLANK: number;
  VACANT: number;
  SELF_SUPERVISED: number;
}

/** The one-word state of a duty in an answer; flags that do not change who answers (CROSSOVER…) are left to `flags`. */
export type DutyStatus = 'OWNED' | 'BLANK' | 'VACANT' | 'OVERLAP';

/** A lead owner, its office, and the leaders in charge above it. */
export interface LeadLine {
  owner: OwnerEvidence;
  office: NamedRef | null;
  leaders: PostRef[];
}

/** One person on both sides of supervision. */
export interface SelfSupervision {
  person: NamedRef;
  owner: OwnerEvidence;
  /** The post through which the person does the work (the lead post or the office's principal post). */
  post: PostRef;
  /** The leadership post in charge of the owner's office, held by the same person. */
  leader: PostRef;
  office: NamedRef;
}

export interface DutyAssessment {
  dutyId: string;
  /** In DUTY_FLAGS order. */
  flags: DutyFlag[];
  overlap: { leads: OwnerEvidence[] } | null;
  crossover: { parentId: string; dutyLines: LeadLine[]; parentLines: LeadLine[] } | null;
  blank: { assists: OwnerEvidence[] } | null;
  vacant: { leads: OwnerEvidence[] } | null;
  selfSupervised: SelfSupervision[];
}

/** Somebody holds the post substantively. */
export function isFilled(post: StaffPost): boolean {
  return post.holders.some((holding) => !holding.acting);
}

/** None of the owner's posts is filled (an office without PRINCIPAL posts is vacant too). */
export function isVacantOwner(owner: OwnerEvidence): boolean {
  return !owner.staffPosts.some(isFilled);
}

export function leadLine(owner: OwnerEvidence): LeadLine {
  const ownLeadership = owner.kind === 'POST' && owner.owner.level === 'LEADERSHIP';
  const leaders = ownLeadership ? [owner.owner] : owner.leadersInCharge.map((leader) => leader.post);
  return { owner, office: owner.office, leaders: uniqueById(leaders) };
}

export function assessDuty(duty: DutyEvidence, parent?: DutyEvidence | null): DutyAssessment {
  const leads = uniqueById(leadOwners(duty), (owner) => owner.owner.id);
  const overlap = leads.length >= 2 ? { leads } : null;
  const blank = leads.length === 0 ? { assists: assistOwners(duty) } : null;
  const vacant = leads.length > 0 && leads.every(isVacantOwner) ? { leads } : null;
  const crossover = parent ? crossoverOf(leads, parent) : null;
  const selfSupervised = leads.flatMap(selfSupervisionOf);
  const present: Record<DutyFlag, boolean> = {
    OVERLAP: overlap !== null,
    CROSSOVER: crossover !== null,
    BLANK: blank !== null,
    VACANT: vacant !== null,
    SELF_SUPERVISED: selfSupervised.length > 0,
  };
  return {
    dutyId: duty.duty.id,
    flags: DUTY_FLAGS.filter((flag) => present[flag]),
    overlap,
    crossover,
    blank,
    vacant,
    selfSupervised,
  };
}

function crossoverOf(leads: OwnerEvidence[], parent: DutyEvidence): DutyAssessment['crossover'] {
  const dutyLines = leads.map(leadLine);
  const parentLines = uniqueById(leadOwners(parent), (owner) => owner.owner.id).map(leadLine);
  const dutyLeaders = new Set(dutyLines.flatMap((line) => line.leaders.map((leader) => leader.id)));
  const parentLeaders = new Set(parentLines.flatMap((line) => line.leaders.map((leader) => leader.id)));
  if (dutyLeaders.size === 0 || parentLeaders.size === 0) return null;
  const shared = [...dutyLeaders].some((id) => parentLeaders.has(id));
  return shared ? null : { parentId: parent.duty.id, dutyLines, parentLines };
}

function selfSupervisionOf(owner: OwnerEvidence): SelfSupervision[] {
  const office = owner.office;
  if (!office) return [];
  return owner.staffPosts.flatMap((staffPost) =>
    staffPost.holders.flatMap((holding) =>
      owner.leadersInCharge
        .filter((leader) => holdsSamePerson(leader.holders, holding))
        .map((leader) => ({ person: holding.person, owner, post: staffPost.post, leader: leader.post, office })),
    ),
  );
}

function holdsSamePerson(holders: Holding[], holding: Holding): boolean {
  return holders.some((other) => other.person.id === holding.person.id);
}

/** BLANK, then VACANT (nobody does it), then OVERLAP (several think they do), else OWNED. */
export function statusOf(flags: readonly DutyFlag[]): DutyStatus {
  if (flags.includes('BLANK')) return 'BLANK';
  if (flags.includes('VACANT')) return 'VACANT';
  if (flags.includes('OVERLAP')) return 'OVERLAP';
  return 'OWNED';
}

export function emptyFlagCounts(): FlagCounts {
  return { OVERLAP: 0, CROSSOVER: 0, BLANK: 0, VACANT: 0, SELF_SUPERVISED: 0 };
}

export function countFlags(assessments: readonly DutyAssessment[]): FlagCounts {
  const counts = emptyFlagCounts();
  for (const assessment of assessments) for (const flag of assessment.flags) counts[flag] += 1;
  return counts;
}

/** Assesses every audited duty, reading parents from the same evidence; sorted by duty id. */
export function assessDuties(auditedIds: readonly string[], evidence: ReadonlyMap<string, DutyEvidence>): DutyAssessment[] {
  return [...new Set(auditedIds)]
    .sort()
    .flatMap((id) => {
      const duty = evidence.get(id);
      if (!duty) return [];
      const parent = duty.parentId ? evidence.get(duty.parentId) : undefined;
      return [assessDuty(duty, parent)];
    });
}

/** A one-line reason per flag, in English, naming what the evidence shows. */
export function flagReasons(assessment: DutyAssessment): { flag: DutyFlag; message: string }[] {
  const name = (owner: OwnerEvidence) => owner.owner.nameEn ?? owner.owner.name;
  const post = (ref: PostRef | NamedRef) => ref.nameEn ?? ref.name;
  const reasons: { flag: DutyFlag; message: string }[] = [];
  if (assessment.overlap) {
    reasons.push({ flag: 'OVERLAP', message: `${assessment.overlap.leads.length} different lead owners: ${assessment.overlap.leads.map(name).join(', ')}.` });
  }
  if (assessment.crossover) {
    const leaders = (lines: LeadLine[]) => uniqueById(lines.flatMap((line) => line.leaders)).map(post).join(', ');
    reasons.push({
      flag: 'CROSSOVER',
      message: `Led under ${leaders(assessment.crossover.dutyLines)}, while its parent ${assessment.crossover.parentId} is led under ${leaders(assessment.crossover.parentLines)}.`,
    });
  }
  if (assessment.blank) reasons.push({ flag: 'BLANK', message: 'No office or post leads this duty.' });
  if (assessment.vacant) {
    reasons.push({ flag: 'VACANT', message: `Nobody substantively holds the posts of its lead owners: ${assessment.vacant.leads.map(name).join(', ')}.` });
  }
  for (const self of assessment.selfSupervised) {
    reasons.push({
      flag: 'SELF_SUPERVISED',
      message: `${self.person.id} holds ${post(self.post)} and also ${post(self.leader)}, the post in charge of ${post(self.office)}.`,
    });
  }
  return reasons;
}

function uniqueById<T>(items: readonly T[], key: (item: T) => string = (item) => (item as { id: string }).id): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
