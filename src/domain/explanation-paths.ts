import type { DutyEvidence, Holding, NamedRef, OwnerEvidence, Period, PostRef, ResponsibilityRole } from './duty-evidence';
import type { ChosenFallback } from './fallback';

/**
 * The paths that explain an answer: for each owner of the duty, one path to each person who holds
 * its post (or its office's principal post), one to each holder of the leadership post in charge
 * of its office, and for a deputy fallback one through DEPUTY_OF or the office. Each step names
 * the edge and its validity, so a reader can check the answer against the graph.
 */

export type PathKind = 'HOLDER' | 'LEADER_IN_CHARGE' | 'FALLBACK';
export type StepDirection = 'OUTGOING' | 'INCOMING';

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

/**
 * The longest path there is: Duty ←RESPONSIBLE_FOR— a post owner —IN→ its office ←IN_CHARGE_OF— (or
 * ←IN— for a deputy) another post ←HOLDS— Person. The cost of an operation counts a path's steps at
 * this, not at the size taken for an unbounded list.
 */
export const MAX_PATH_STEPS = 4;

export interface ExplanationPathView {
  kind: PathKind;
  role: ResponsibilityRole;
  person: NamedRef;
  steps: PathStepView[];
}


function dutyNode(evidence: DutyEvidence): PathNodeView {
  return { label: 'Duty', id: evidence.duty.id, name: evidence.duty.title, nameEn: evidence.duty.titleEn, person: null };
}

function ownerNode(owner: OwnerEvidence): PathNodeView {
  const { id, name, nameEn } = owner.owner;
  return { label: owner.kind === 'OFFICE' ? 'Office' : 'Post', id, name, nameEn, person: null };
}

function officeNode(office: NamedRef): PathNodeView {
  return { label: 'Office', id: office.id, name: office.name, nameEn: office.nameEn, person: null };
}

function postNode(post: PostRef): PathNodeView {
  return { label: 'Post', id: post.id, name: post.name, nameEn: post.nameEn, person: null };
}

function personNode(person: NamedRef): PathNodeView {
  return { label: 'Person', id: person.id, name: null, nameEn: null, person };
}

/** A step against the edge's direction: the edge points from `to` back to `from` (Duty ←RESPONSIBLE_FOR— Office). */
function incoming(from: PathNodeView, type: PathEdgeView['type'], period: Period | null, to: PathNodeView, extra: Partial<PathEdgeView> = {}): PathStepView {
  return { from, to, edge: { type, direction: 'INCOMING', from: period?.from ?? null, to: period?.to ?? null, role: null, acting: null, ...extra } };
}

function outgoing(from: PathNodeView, type: PathEdgeView['type'], period: Period | null, to: PathNodeView): PathStepView {
  return { from, to, edge: { type, direction: 'OUTGOING', from: period?.from ?? null, to: period?.to ?? null, role: null, acting: null } };
}

function holdsStep(post: PostRef, holding: Holding): PathStepView {
  return incoming(postNode(post), 'HOLDS', holding, personNode(holding.person), { acting: holding.acting });
}

/** Steps from the owner to its office: none for an office owner, Post —IN→ Office for a post owner. */
function toOffice(owner: OwnerEvidence): PathStepView[] {
  if (owner.kind === 'OFFICE' || !owner.office) return [];
  return [outgoing(ownerNode(owner), 'IN', owner.officeLink, officeNode(owner.office))];
}

function ownerPaths(duty: DutyEvidence, owner: OwnerEvidence): ExplanationPathView[] {
  const first = incoming(dutyNode(duty), 'RESPONSIBLE_FOR', owner.responsibility, ownerNode(owner), { role: owner.role });
  const path = (kind: PathKind, person: NamedRef, steps: PathStepView[]): ExplanationPathView => ({ kind, role: owner.role, person, steps: [first, ...steps] });

  const holderPaths = owner.staffPosts.flatMap((staffPost) => {
    const toPost = owner.kind === 'OFFICE' ? [incoming(ownerNode(owner), 'IN', staffPost.link, postNode(staffPost.post))] : [];
    return staffPost.holders.map((holding) => path('HOLDER', holding.person, [...toPost, holdsStep(staffPost.post, holding)]));
  });
  const office = owner.office;
  const leaderPaths = office
    ? owner.leadersInCharge.flatMap((leader) =>
        leader.holders.map((holding) =>
          path('LEADER_IN_CHARGE', holding.person, [...toOffice(owner), incoming(officeNode(office), 'IN_CHARGE_OF', leader.link, postNode(leader.post)), holdsStep(leader.post, holding)]),
        ),
      )
    : [];
  return [...holderPaths, ...leaderPaths];
}

/** Paths for a deputy stand-in (acting holders and leaders in charge already have their own paths). */
function deputyPaths(duty: DutyEvidence, chosen: ChosenFallback): ExplanationPathView[] {
  const { owner, deputy } = chosen;
  if (!deputy) return [];
  const first = incoming(dutyNode(duty), 'RESPONSIBLE_FOR', owner.responsibility, ownerNode(owner), { role: owner.role });
  let middle: PathStepView[];
  if (deputy.via === 'DEPUTY_OF' && deputy.deputyOf) {
    const target = deputy.deputyOf;
    const principal = owner.kind === 'OFFICE' ? owner.staffPosts.find((staffPost) => staffPost.post.id === target.id) : undefined;
    const toTarget = principal ? [incoming(ownerNode(owner), 'IN', principal.link, postNode(target))] : [];
    middle = [...toTarget, incoming(postNode(target), 'DEPUTY_OF', null, postNode(deputy.post))];
  } else if (owner.office) {
    middle = [...toOffice(owner), incoming(officeNode(owner.office), 'IN', deputy.link, postNode(deputy.post))];
  } else {
    return [];
  }
  return deputy.holders.map((holding) => ({ kind: 'FALLBACK' as const, role: owner.role, person: holding.person, steps: [first, ...middle, holdsStep(deputy.post, holding)] }));
}

export function explain(duty: DutyEvidence, fallback: ChosenFallback | null): ExplanationPathView[] {
  const paths = duty.owners.flatMap((owner) => ownerPaths(duty, owner));
  return fallback ? [...paths, ...deputyPaths(duty, fallback)] : paths;
}
