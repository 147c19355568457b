import { assessDuty, DutyFlag, DutyStatus, isVacantOwner, statusOf } from './audit-flags';
import { explain } from './explanation-paths';
import { isConfident } from './search-confidence';
import {
  assistOwners,
  DeputyPost,
  DutyBasis,
  DutyEvidence,
  DutyNode,
  EvidenceById,
  Holding,
  leadOwners,
  NamedRef,
  OwnerEvidence,
  OwnerKind,
  Period,
  PostRef,
  ResponsibilityRole,
} from './duty-evidence';

/**
 * Builds the answer to "who is responsible for X" for one matched duty from its evidence: owners
 * with the people on their posts and the leaders in charge, the fallback when the lead posts are
 * vacant, the nearest owned ancestor when nobody leads it, and the graph paths that explain it all.
 */

/** How a duty matched: its id, its exact title, its words, its meaning, or both words and meaning. */
export type MatchKind = 'ID' | 'TITLE' | 'WORDS' | 'MEANING' | 'BOTH';
export type FallbackKind = 'ACTING' | 'DEPUTY' | 'LEADER_IN_CHARGE';
export type PathKind = 'HOLDER' | 'LEADER_IN_CHARGE' | 'FALLBACK';
export type StepDirection = 'OUTGOING' | 'INCOMING';

export interface DutyRefView {
  id: string;
  title: string;
  titleEn: string | null;
  category: string | null;
}

export interface DutyView extends DutyRefView, Pick<DutyNode, 'itemType' | 'legalBases' | 'accountability' | 'integrityRisks'> {
  keywords: string[];
  parent: DutyRefView | null;
}

export interface HolderView extends Period {
  person: NamedRef;
  post: PostRef;
  acting: boolean;
}

export interface LeaderView extends Period {
  post: PostRef;
  holders: HolderView[];
}

export interface OwnerView extends Period {
  kind: OwnerKind;
  id: string;
  name: string;
  nameEn: string | null;
  rank: string | null;
  level: string | null;
  role: ResponsibilityRole;
  office: NamedRef | null;
  vacant: boolean;
  holders: HolderView[];
  leaderInCharge: LeaderView[];
}

export interface FallbackView {
  fallbackKind: FallbackKind;
  /** The vacant lead owner this stands in for. */
  forOwner: OwnerView;
  /** The post whose holders stand in. */
  post: PostRef;
  holders: HolderView[];
}

export interface PathNodeView {
  label: 'Duty' | 'Office' | 'Post' | 'Person';
  id: string;
  name: string | null;
  nameEn: string | null;
  /** Set on Person nodes only (names of people are personal data). */
  person: NamedRef | null;
}

export interface PathEdgeView {
  type: 'RESPONSIBLE_FOR' | 'IN' | 'IN_CHARGE_OF' | 'HOLDS' | 'DEPUTY_OF';
  direction: StepDirection;
  from: string | null;
  to: string | null;
  role: ResponsibilityRole | null;
  acting: boolean | null;
}

export interface PathStepView {
  from: PathNodeView;
  edge: PathEdgeView;
  to: PathNodeView;
}

export interface ExplanationPathView {
  kind: PathKind;
  role: ResponsibilityRole;
  person: NamedRef;
  steps: PathStepView[];
}

export interface OwnedParentView {
  duty: DutyRefView;
  /** PART_OF steps from the asked duty up to this one (1: its parent). */
  distance: number;
  leads: OwnerView[];
}

export interface DutyAnswerView {
  duty: DutyView;
  matchedBy: MatchKind;
  /** The ranking score: the confidence (kept for clients of the full-text score it replaced). */
  score: number;
  /** 0–1, the same scale for every question (services/search-confidence.ts). */
  confidence: number;
  /** confidence ≥ CONFIDENT_AT: given as the answer, else only as a suggestion. */
  confident: boolean;
  /** What the confidence was computed from: the cosine with the duty's meaning, the share of the question's words it has. */
  meaning: number;
  words: number;
  status: DutyStatus;
  flags: DutyFlag[];
  leads: OwnerView[];
  assists: OwnerView[];
  basis: DutyBasis | null;
  explanation: ExplanationPathView[];
  nearestOwnedParent: OwnedParentView | null;
  fallback: FallbackView | null;
}

/** A matched duty as the repository ranks it, with its nearest ancestor that has a lead owner. */
export interface DutyHit {
  id: string;
  matchedBy: MatchKind;
  confidence: number;
  /** Cosine of the question with the duty's meaning. */
  meaning: number;
  /** Share of the question's words the duty has. */
  words: number;
  nearestOwned: { id: string; distance: number } | null;
}

export function answerFor(hit: DutyHit, evidence: EvidenceById): DutyAnswerView | null {
  const duty = evidence.get(hit.id);
  if (!duty) return null;
  const parent = duty.parentId ? evidence.get(duty.parentId) ?? null : null;
  const flags = assessDuty(duty, parent).flags;
  const status = statusOf(flags);
  const leads = leadOwners(duty);
  const fallback = status === 'VACANT' ? fallbackFor(leads) : null;
  const owned = hit.nearestOwned ? evidence.get(hit.nearestOwned.id) : undefined;
  return {
    duty: {
      ...dutyRef(duty),
      keywords: duty.duty.keywords,
      itemType: duty.duty.itemType,
      legalBases: duty.duty.legalBases,
      accountability: duty.duty.accountability,
      integrityRisks: duty.duty.integrityRisks,
      parent: parent ? dutyRef(parent) : null,
    },
    matchedBy: hit.matchedBy,
    score: hit.confidence,
    confidence: hit.confidence,
    confident: isConfident(hit.confidence),
    meaning: hit.meaning,
    words: hit.words,
    status,
    flags,
    leads: leads.map(ownerView),
    assists: assistOwners(duty).map(ownerView),
    basis: duty.basis,
    explanation: explain(duty, fallback),
    nearestOwnedParent:
      status === 'BLANK' && owned && hit.nearestOwned
        ? { duty: dutyRef(owned), distance: hit.nearestOwned.distance, leads: leadOwners(owned).map(ownerView) }
        : null,
    fallback: fallback ? fallback.view : null,
  };
}

function dutyRef(evidence: DutyEvidence): DutyRefView {
  const { id, title, titleEn, category } = evidence.duty;
  return { id, title, titleEn, category };
}

function holderViews(post: PostRef, holders: Holding[]): HolderView[] {
  return holders.map(({ person, acting, from, to }) => ({ person, post, acting, from, to }));
}

export function ownerView(owner: OwnerEvidence): OwnerView {
  return {
    kind: owner.kind,
    ...owner.owner,
    role: owner.role,
    from: owner.responsibility.from,
    to: owner.responsibility.to,
    office: owner.office,
    vacant: isVacantOwner(owner),
    holders: owner.staffPosts.flatMap((staffPost) => holderViews(staffPost.post, staffPost.holders)),
    leaderInCharge: owner.leadersInCharge.map((leader) => ({
      post: leader.post,
      from: leader.link.from,
      to: leader.link.to,
      holders: holderViews(leader.post, leader.holders),
    })),
  };
}

export interface ChosenFallback {
  view: FallbackView;
  owner: OwnerEvidence;
  /** Set when the stand-in is a deputy post (for the explanation path). */
  deputy: DeputyPost | null;
}

/**
 * Who stands in when no lead post is filled, in this order over all lead owners: an acting holder
 * of a lead post; else a holder of a deputy post (DEPUTY_OF the lead post, then a DEPUTY-rank post
 * in the same office); else a holder of the leadership post in charge of the office. Null when
 * none of them is held either.
 */
export function fallbackFor(leads: readonly OwnerEvidence[]): ChosenFallback | null {
  for (const owner of leads) {
    for (const staffPost of owner.staffPosts) {
      const acting = staffPost.holders.filter((holding) => holding.acting);
      if (acting.length > 0) {
        return { owner, deputy: null, view: fallbackView('ACTING', owner, staffPost.post, acting) };
      }
    }
  }
  for (const via of ['DEPUTY_OF', 'SAME_OFFICE'] as const) {
    for (const owner of leads) {
      const deputy = owner.deputies.find((candidate) => candidate.via === via && candidate.holders.length > 0);
      if (deputy) return { owner, deputy, view: fallbackView('DEPUTY', owner, deputy.post, deputy.holders) };
    }
  }
  for (const owner of leads) {
    const leader = owner.leadersInCharge.find((candidate) => candidate.holders.length > 0);
    if (leader) return { owner, deputy: null, view: fallbackView('LEADER_IN_CHARGE', owner, leader.post, leader.holders) };
  }
  return null;
}

function fallbackView(fallbackKind: FallbackKind, owner: OwnerEvidence, post: PostRef, holders: Holding[]): FallbackView {
  return { fallbackKind, forOwner: ownerView(owner), post, holders: holderViews(post, holders) };
}
