import { assessDuty, DutyFlag, DutyStatus, statusOf } from './audit-flags';
import { explain, ExplanationPathView } from './explanation-paths';
import { fallbackFor, FallbackView } from './fallback';
import { ownerView, OwnerView } from './owner-view';
import { isConfident } from './search-confidence';
import { assistOwners, DutyBasis, DutyEvidence, DutyNode, EvidenceById, leadOwners } from './duty-evidence';

/**
 * Builds the answer to "who is responsible for X" for one matched duty from its evidence: owners
 * with the people on their posts and the leaders in charge, the fallback when the lead posts are
 * vacant, the nearest owned ancestor when nobody leads it, and the graph paths that explain it all.
 */

/** How a duty matched: its id, its exact title, its words, its meaning, or both words and meaning. */
export type MatchKind = 'ID' | 'TITLE' | 'WORDS' | 'MEANING' | 'BOTH';

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
  /** 0–1, the same scale for every question (domain/search-confidence.ts). */
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

