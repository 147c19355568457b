import { EntityRef, entityType } from '../entities/entity-type-registry';
import { EdgeTypeEnum, EntityLabelEnum, PostLevelEnum, PostRankEnum } from '../common/enums';
import { Protected } from '../common/protected';
import { AssumedSize } from '../common/assumed-size';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../common/pagination';
import { DateScalar } from '../common/date.scalar';
import { DutyFlag, DutyFlagEnum } from '../audit/duty-flag.enum';
import type { DutyStatus } from '../../domain/audit-flags';
import type { MatchKind } from '../../domain/responsibility-answer';
import type { FallbackKind } from '../../domain/fallback';
import type { PathKind, PathNodeView, StepDirection } from '../../domain/explanation-paths';
import { MAX_PATH_STEPS } from '../../domain/explanation-paths';
import type { OwnerKind, ResponsibilityRole } from '../../domain/duty-evidence';

/** `{ A: 'A', … }` for registerEnumType from a list of values. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const OwnerKindEnum = enumOf<OwnerKind>(['OFFICE', 'POST']);
registerEnumType(OwnerKindEnum, {
  name: 'OwnerKind',
  description: 'What owns a duty: an office of the town government, or a post.',
  valuesConfig: { OFFICE: { description: 'An Office RESPONSIBLE_FOR the duty.' }, POST: { description: 'A Post RESPONSIBLE_FOR the duty.' } },
});

export const OwnerRoleEnum = enumOf<ResponsibilityRole>(['LEAD', 'ASSIST']);
registerEnumType(OwnerRoleEnum, {
  name: 'OwnerRole',
  description: 'How an owner is responsible for a duty.',
  valuesConfig: { LEAD: { description: 'Leads the duty (主办).' }, ASSIST: { description: 'Assists with the duty (协办).' } },
});

export const DutyStatusEnum = enumOf<DutyStatus>(['OWNED', 'BLANK', 'VACANT', 'OVERLAP']);
registerEnumType(DutyStatusEnum, {
  name: 'DutyStatus',
  description: 'Who answers for a duty on the day, in one word (the audit rules; `flags` lists all of them).',
  valuesConfig: {
    OWNED: { description: 'Exactly one lead owner, and somebody holds its post.' },
    BLANK: { description: 'No office or post leads it; see nearestOwnedParent.' },
    VACANT: {
      description:
        'Lead owners exist but none is filled: nobody substantively holds the lead post (or a PRINCIPAL post of the lead office). See fallback.',
    },
    OVERLAP: { description: 'Two or more different lead owners, at least one filled.' },
  },
});

/** TEXT is the full-text match of the search before issue 16; it stays in the schema for existing clients and is no longer answered. */
export const MatchKindEnum = enumOf<MatchKind | 'TEXT'>(['ID', 'TITLE', 'WORDS', 'MEANING', 'BOTH', 'TEXT']);
registerEnumType(MatchKindEnum, {
  name: 'DutyMatchKind',
  description: 'Why a duty matched the question. Answers are ranked by confidence; an id or an exact title is certain.',
  valuesConfig: {
    ID: { description: 'The question is the duty id.' },
    TITLE: { description: 'The question is the title or English title (any case).' },
    WORDS: { description: "The duty has words of the question (Chinese cut into words, traditional characters read as simplified, English stemmed), and its meaning was not among the nearest." },
    MEANING: { description: 'The meaning of the question is near the duty\'s (a sentence-embedding model, offline), sharing no word with it.' },
    BOTH: { description: 'Both: the duty has words of the question and its meaning is among the nearest.' },
    TEXT: { description: 'Not answered any more (full-text match before words and meaning were told apart).', deprecationReason: 'Answers say WORDS, MEANING or BOTH.' },
  },
});

export const FallbackKindEnum = enumOf<FallbackKind>(['ACTING', 'DEPUTY', 'LEADER_IN_CHARGE']);
registerEnumType(FallbackKindEnum, {
  name: 'FallbackKind',
  description: 'Who stands in for a vacant lead post, tried in this order.',
  valuesConfig: {
    ACTING: { description: 'Someone holds the lead post (or the lead office principal post) as acting holder.' },
    DEPUTY: { description: 'The holder of a post DEPUTY_OF the lead post, else of a DEPUTY-rank post in the same office.' },
    LEADER_IN_CHARGE: { description: 'The holder of the leadership post in charge of the lead office.' },
  },
});

export const PathKindEnum = enumOf<PathKind>(['HOLDER', 'LEADER_IN_CHARGE', 'FALLBACK']);
registerEnumType(PathKindEnum, {
  name: 'ExplanationPathKind',
  description: 'What an explanation path shows about the person it reaches.',
  valuesConfig: {
    HOLDER: { description: 'The person holds the owning post, or a principal post of the owning office.' },
    LEADER_IN_CHARGE: { description: 'The person holds the leadership post in charge of the owning office.' },
    FALLBACK: { description: 'The person holds a deputy post standing in for a vacant lead post.' },
  },
});

export const StepDirectionEnum = enumOf<StepDirection>(['OUTGOING', 'INCOMING']);
registerEnumType(StepDirectionEnum, {
  name: 'StepDirection',
  description: 'How a path step follows its graph edge.',
  valuesConfig: {
    OUTGOING: { description: 'The edge points from the step `from` node to its `to` node (Post —IN→ Office).' },
    INCOMING: { description: 'The edge points from `to` back to `from` (Duty ←RESPONSIBLE_FOR— Office).' },
  },
});

@ObjectType({ description: 'Person HOLDS Post on the day asked about.' })
export class PostHolding {
  @Field(() => entityType('Person'), { description: 'Who holds the post.' })
  person!: EntityRef;

  @Field(() => entityType('Post'), { description: 'The post held.' })
  post!: EntityRef;

  @Field(() => Boolean, { description: 'True for an acting holder (who stands in; the post still counts as vacant).' })
  acting!: boolean;

  @Field(() => DateScalar, { description: 'Holds the post since this day.' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day (exclusive); null while still held.' })
  to!: string | null;
}

@ObjectType({ description: 'A leadership post IN_CHARGE_OF the owning office on the day, and who holds it.' })
export class LeaderInCharge {
  @Field(() => entityType('Post'), { description: 'The leadership post, e.g. the deputy party secretary.' })
  post!: EntityRef;

  @Field(() => DateScalar, { description: 'In charge of the office since this day.' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day (exclusive); null while still in charge.' })
  to!: string | null;

  @Protected('holdings')
  @AssumedSize(2)
  @Field(() => [PostHolding], { nullable: true, description: 'Who holds the leadership post on the day (empty: vacant). Appointments: staff role and above.' })
  holders!: PostHolding[] | null;
}

@ObjectType({ description: 'An office or post RESPONSIBLE_FOR a duty on the day, with the people behind it.' })
export class Owner {
  @Field(() => OwnerKindEnum, { description: 'OFFICE or POST.' })
  kind!: OwnerKind;

  /** The office or post id: not a field (the relationship is not that entity); `owner` names it. */
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;

  @Field(() => PostRankEnum, { nullable: true, description: 'For a post owner: PRINCIPAL, DEPUTY or MEMBER.' })
  rank!: string | null;

  @Field(() => PostLevelEnum, { nullable: true, description: 'For a post owner: its level, e.g. LEADERSHIP or MIDDLE.' })
  level!: string | null;

  @Field(() => OwnerRoleEnum, { description: 'LEAD or ASSIST.' })
  role!: ResponsibilityRole;

  @Field(() => DateScalar, { description: 'Responsible since this day.' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day (exclusive); null while still responsible.' })
  to!: string | null;

  @Field(() => entityType('Office'), { nullable: true, description: 'The owning office: the office itself, or the office a post owner is IN on the day.' })
  office!: EntityRef | null;

  @Field(() => Boolean, {
    description: 'True when nobody substantively holds the owning post (for an office: any of its PRINCIPAL posts). Acting holders do not fill a post.',
  })
  vacant!: boolean;

  @Protected('holdings')
  @AssumedSize(3)
  @Field(() => [PostHolding], {
    nullable: true,
    description: 'Who does the work: holders of a post owner; for an office owner, holders of its PRINCIPAL posts. Acting holders are marked. Appointments: staff role and above.',
  })
  holders!: PostHolding[] | null;

  @AssumedSize(2)
  @Field(() => [LeaderInCharge], { description: 'The leadership post(s) IN_CHARGE_OF the owning office on the day (usually one; empty when none).' })
  leadersInCharge!: LeaderInCharge[];
}

@ObjectType({ description: 'Where a duty is defined: Duty DEFINED_BY Document, at a clause.' })
export class ResponsibilityBasis {
  @Field(() => entityType('Document'), { description: 'The document.' })
  document!: EntityRef;

  @Field(() => String, { nullable: true, description: 'The clause of the document, e.g. 2.1.' })
  clause!: string | null;
}

@ObjectType({ description: 'The graph edge a path step follows, with its validity.' })
export class PathEdge {
  @Field(() => EdgeTypeEnum, { description: 'RESPONSIBLE_FOR, IN, IN_CHARGE_OF, HOLDS or DEPUTY_OF.' })
  type!: string;

  @Field(() => StepDirectionEnum, { description: 'Whether the edge points along the step or back against it.' })
  direction!: StepDirection;

  @Field(() => DateScalar, { nullable: true, description: 'Valid from this day (null for undated edges such as DEPUTY_OF).' })
  from!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Valid until this day (exclusive); null while still valid.' })
  to!: string | null;

  @Field(() => OwnerRoleEnum, { nullable: true, description: 'On RESPONSIBLE_FOR: LEAD or ASSIST.' })
  role!: ResponsibilityRole | null;

  @Field(() => Boolean, { nullable: true, description: 'On HOLDS: true for an acting holder.' })
  acting!: boolean | null;
}

@ObjectType({ description: 'One step of a path: from a node, along an edge, to the next node.' })
export class PathStep {
  /** Where the step starts, as the domain names it; the field (a Node) is relationship-refs.resolver.ts's. */
  from!: PathNodeView;

  @Field(() => PathEdge, { description: 'The edge followed.' })
  edge!: PathEdge;

  /** Where the step ends, likewise. */
  to!: PathNodeView;
}

@ObjectType({
  description:
    'Why a person answers for a duty: the chain of edges from the duty to them, e.g. Duty ←RESPONSIBLE_FOR— Office ←IN_CHARGE_OF— Post ←HOLDS— Person.',
})
export class ExplanationPath {
  @Field(() => PathKindEnum, { description: 'What the path shows: a holder, a leader in charge, or a fallback deputy.' })
  kind!: PathKind;

  @Field(() => OwnerRoleEnum, { description: 'The role of the owner the path goes through.' })
  role!: ResponsibilityRole;

  @Field(() => entityType('Person'), { description: 'The person the path reaches.' })
  person!: EntityRef;

  @AssumedSize(MAX_PATH_STEPS)
  @Field(() => [PathStep], { description: 'The steps, from the duty to the person.' })
  steps!: PathStep[];
}

@ObjectType({ description: 'The nearest larger duty (by PART_OF) that has a lead owner on the day.' })
export class OwnedParent {
  @Field(() => entityType('Duty'), { description: 'The ancestor duty.' })
  duty!: EntityRef;

  @Field(() => Int, { description: 'PART_OF steps up from the asked duty (1: its parent).' })
  distance!: number;

  @Field(() => [Owner], { description: 'Its lead owners on the day.' })
  leads!: Owner[];
}

@ObjectType({ description: 'Who stands in when no lead post is filled.' })
export class VacancyFallback {
  @Field(() => FallbackKindEnum, { description: 'ACTING, DEPUTY or LEADER_IN_CHARGE: the first of these that someone holds.' })
  fallbackKind!: FallbackKind;

  @Field(() => Owner, { description: 'The vacant lead owner this stands in for.' })
  forOwner!: Owner;

  @Field(() => entityType('Post'), { description: 'The post whose holders stand in.' })
  post!: EntityRef;

  @Protected('holdings')
  @Field(() => [PostHolding], { nullable: true, description: 'Who holds that post on the day. Appointments: staff role and above.' })
  holders!: PostHolding[] | null;
}

@ObjectType({ description: 'One duty matching a "who is responsible" question, and who answers for it on the day.' })
export class DutyAnswer {
  @Field(() => entityType('Duty'), { description: 'The matching duty (its titles, category, parent and list fields come with the answer).' })
  duty!: EntityRef;

  @Field(() => MatchKindEnum, { description: 'Why it matched: ID, TITLE, WORDS, MEANING or BOTH.' })
  matchedBy!: MatchKind;

  @Field(() => Float, { description: 'The ranking score (higher is better): the same value as confidence.' })
  score!: number;

  @Field(() => Float, {
    description:
      'How sure the search is that this is the duty asked about, 0–1 on the same scale for every question (a calibrated probability from the meaning and the words shared); 1 for an id or an exact title.',
  })
  confidence!: number;

  @Field(() => Boolean, { description: 'True when confidence reaches the threshold: an answer. False: only a suggestion (nothing matched with confidence).' })
  confident!: boolean;

  @Field(() => DutyStatusEnum, { description: 'OWNED, BLANK, VACANT or OVERLAP.' })
  status!: DutyStatus;

  @Field(() => [DutyFlagEnum], { description: 'Every audit flag the duty carries on the day (see dutyAudit).' })
  flags!: DutyFlag[];

  @AssumedSize(2)
  @Field(() => [Owner], { description: 'Lead owners (主办) on the day.' })
  leads!: Owner[];

  // The township's report gives no duty more than two assisting owners (81 of its 92 duties have none).
  @AssumedSize(3)
  @Field(() => [Owner], { description: 'Assisting owners (协办) on the day.' })
  assists!: Owner[];

  @Field(() => ResponsibilityBasis, { nullable: true, description: 'The document and clause that define the duty.' })
  basis!: ResponsibilityBasis | null;

  @Protected('holdings')
  @Field(() => [ExplanationPath], { nullable: true, description: 'Paths from the duty to each person who answers for it: they end in appointments, so staff role and above.' })
  explanation!: ExplanationPath[] | null;

  @Field(() => OwnedParent, { nullable: true, description: 'For a BLANK duty: the nearest ancestor with a lead owner, and its owners.' })
  nearestOwnedParent!: OwnedParent | null;

  @Field(() => VacancyFallback, { nullable: true, description: 'For a VACANT duty: who stands in (null when nobody does).' })
  fallback!: VacancyFallback | null;
}

@ObjectType({ description: 'The hybrid duty search answered plainly: the duties that match with confidence, or that none does and what is closest.' })
export class DutySearchResult {
  @Field(() => Boolean, { description: 'True when at least one duty matched with confidence.' })
  confident!: boolean;

  @Field(() => String, { description: 'What was found, in a sentence; when nothing matched with confidence, it says so.' })
  message!: string;

  @Field(() => [DutyAnswer], { description: 'The duties that matched with confidence, best first (empty when none did).' })
  answers!: DutyAnswer[];

  @Field(() => [DutyAnswer], { description: 'When nothing matched with confidence: the closest duties, best first, each with its parent duty (duty.parent); empty otherwise.' })
  suggestions!: DutyAnswer[];
}

@ObjectType({ description: 'A page of whoIsResponsible answers, best first.' })
export class DutyAnswerConnection extends Connection(DutyAnswer, 'DutyAnswer') {}
