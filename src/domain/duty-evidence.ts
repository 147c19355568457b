/**
 * What the graph says about one duty on one day, as plain objects: the evidence both
 * `whoIsResponsible` and `dutyAudit` read. Repositories build it from one Cypher statement;
 * the rules (audit-flags.ts, responsibility-answer.ts) read it without a database.
 */
import type { NamedRef, PostRef } from './refs';

export type OwnerKind = 'OFFICE' | 'POST';
export type ResponsibilityRole = 'LEAD' | 'ASSIST';

/** When an edge is valid: `from` inclusive, `to` exclusive (null: still valid). */
export interface Period {
  from: string;
  to: string | null;
}

export type { NamedRef, PostRef } from './refs';

/** Person HOLDS Post on the day. */
export interface Holding extends Period {
  person: NamedRef;
  acting: boolean;
}

/**
 * A post whose holders carry an owner's work: the owning post itself, or a PRINCIPAL post IN the
 * owning office (with that IN edge as `link`).
 */
export interface StaffPost {
  post: PostRef;
  link: Period | null;
  holders: Holding[];
}

/** A leadership post IN_CHARGE_OF the owner's office on the day (`link` is that edge). */
export interface LeaderPost {
  post: PostRef;
  link: Period;
  holders: Holding[];
}

/**
 * A post that stands in when the owner's posts are vacant: one DEPUTY_OF the owning post (or of a
 * principal post of the owning office), or a DEPUTY-rank post IN the owner's office.
 */
export interface DeputyPost {
  post: PostRef;
  via: 'DEPUTY_OF' | 'SAME_OFFICE';
  /** The post it deputises for (via DEPUTY_OF). */
  deputyOf: PostRef | null;
  /** Its IN edge to the office (via SAME_OFFICE). */
  link: Period | null;
  holders: Holding[];
}

/** An Office or Post RESPONSIBLE_FOR the duty on the day, with everything around it. */
/** An owner itself: a post's rank and level, or an office's own kind. */
export interface OwnerRef extends PostRef {
  officeKind: string | null;
}

export interface OwnerEvidence {
  kind: OwnerKind;
  owner: OwnerRef;
  role: ResponsibilityRole;
  /** The RESPONSIBLE_FOR edge. */
  responsibility: Period;
  /** The owning office: the office itself, or the office a post owner is IN on the day. */
  office: NamedRef | null;
  /** The post owner's IN edge to `office` (null for an office owner). */
  officeLink: Period | null;
  staffPosts: StaffPost[];
  leadersInCharge: LeaderPost[];
  deputies: DeputyPost[];
}

export interface DutyNode {
  id: string;
  title: string;
  titleEn: string | null;
  category: string | null;
  keywords: string[];
  /** The responsibility-list fields (empty where a statement does not read them, as the audit's). */
  itemType: string | null;
  legalBases: { title: string; article: string | null }[];
  accountability: string[];
  integrityRisks: { risk: string; control: string | null }[];
}

export interface DutyBasis {
  document: { id: string; title: string; titleEn: string | null };
  clause: string | null;
}

export interface DutyEvidence {
  duty: DutyNode;
  parentId: string | null;
  basis: DutyBasis | null;
  owners: OwnerEvidence[];
}

/** Evidence of several duties by id: the duties asked about, their parents, their owned ancestors. */
export type EvidenceById = ReadonlyMap<string, DutyEvidence>;

export function evidenceById(duties: readonly DutyEvidence[]): EvidenceById {
  return new Map(duties.map((evidence) => [evidence.duty.id, evidence]));
}

export function leadOwners(evidence: DutyEvidence): OwnerEvidence[] {
  return evidence.owners.filter((owner) => owner.role === 'LEAD');
}

export function assistOwners(evidence: DutyEvidence): OwnerEvidence[] {
  return evidence.owners.filter((owner) => owner.role === 'ASSIST');
}
