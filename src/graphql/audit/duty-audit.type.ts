import { EntityRef, entityType } from '../entities/entity-type-registry';
import { Protected } from '../common/protected';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { Connection } from '../common/pagination';
import { DutyFlag, DutyFlagEnum } from './duty-flag.enum';
import { Owner } from '../responsibility/responsibility.type';

@ObjectType({ description: 'How many audited duties carry one flag.' })
export class DutyFlagCount {
  @Field(() => DutyFlagEnum, { description: 'The flag.' })
  flag!: DutyFlag;

  @Field(() => Int, { description: 'Duties carrying it (a duty with two flags counts under both).' })
  count!: number;
}

@ObjectType({ description: 'A flag, with a sentence saying what the evidence shows.' })
export class FlagReason {
  @Field(() => DutyFlagEnum, { description: 'The flag.' })
  flag!: DutyFlag;

  @Field(() => String, { description: 'Why it is raised, in English (people appear by id only).' })
  message!: string;
}

@ObjectType({ description: 'A lead owner, its office and the leaders in charge of that office.' })
export class LeadLine {
  @Field(() => Owner, { description: 'The lead owner.' })
  owner!: Owner;

  @Field(() => entityType('Office'), { nullable: true, description: 'Its office: the office itself, or the office a post owner is IN.' })
  office!: EntityRef | null;

  @Field(() => [entityType('Post')], { description: 'The leadership posts in charge of that office (a leadership post owner: itself).' })
  leadersInCharge!: EntityRef[];
}

@ObjectType({ description: 'Evidence for OVERLAP.' })
export class OverlapEvidence {
  @Field(() => [Owner], { description: 'The different lead owners on the day (two or more).' })
  leads!: Owner[];
}

@ObjectType({ description: 'Evidence for CROSSOVER: the lines of the duty and of its parent reach different leaders in charge.' })
export class CrossoverEvidence {
  @Field(() => entityType('Duty'), { description: 'The parent duty.' })
  parent!: EntityRef;

  @Field(() => [LeadLine], { description: 'The duty lead owners, their offices and leaders in charge.' })
  dutyLines!: LeadLine[];

  @Field(() => [LeadLine], { description: 'The parent lead owners, their offices and leaders in charge.' })
  parentLines!: LeadLine[];
}

@ObjectType({ description: 'Evidence for BLANK: nobody leads the duty; who assists, if anyone.' })
export class BlankEvidence {
  @Field(() => [Owner], { description: 'Assisting owners on the day (may be empty).' })
  assists!: Owner[];
}

@ObjectType({ description: 'Evidence for VACANT: the lead owners, none of whose posts is substantively held.' })
export class VacancyEvidence {
  @Field(() => [Owner], { description: 'The lead owners, each with `vacant: true` and any acting holders.' })
  leads!: Owner[];
}

@ObjectType({ description: 'Evidence for SELF_SUPERVISED: one person on both sides of supervision.' })
export class SelfSupervisionEvidence {
  @Field(() => entityType('Person'), { description: 'The person.' })
  person!: EntityRef;

  @Field(() => Owner, { description: 'The lead owner whose work they do.' })
  owner!: Owner;

  @Field(() => entityType('Post'), { description: 'The post through which they do it (the lead post, or the lead office principal post).' })
  post!: EntityRef;

  @Field(() => entityType('Post'), { description: 'The leadership post in charge of the office, which they also hold.' })
  leader!: EntityRef;

  @Field(() => entityType('Office'), { description: 'The office.' })
  office!: EntityRef;
}

@ObjectType({ description: 'A flagged duty and the evidence for each of its flags (a field is null when its flag is not raised).' })
export class AuditFinding {
  @Field(() => entityType('Duty'), { description: 'The duty (its id, titles, category and parent come with the finding).' })
  duty!: EntityRef;

  @Field(() => [DutyFlagEnum], { description: 'Its flags, in the order OVERLAP, CROSSOVER, BLANK, VACANT, SELF_SUPERVISED.' })
  flags!: DutyFlag[];

  @Field(() => [FlagReason], { description: 'One sentence per flag (per person for SELF_SUPERVISED).' })
  reasons!: FlagReason[];

  @Field(() => OverlapEvidence, { nullable: true, description: 'Evidence for OVERLAP.' })
  overlap!: OverlapEvidence | null;

  @Field(() => CrossoverEvidence, { nullable: true, description: 'Evidence for CROSSOVER.' })
  crossover!: CrossoverEvidence | null;

  @Field(() => BlankEvidence, { nullable: true, description: 'Evidence for BLANK.' })
  blank!: BlankEvidence | null;

  @Field(() => VacancyEvidence, { nullable: true, description: 'Evidence for VACANT.' })
  vacant!: VacancyEvidence | null;

  @Protected('holdings')
  @Field(() => [SelfSupervisionEvidence], { nullable: true, description: 'Evidence for SELF_SUPERVISED (empty when not raised): one person holding two posts is an appointment fact, so staff role and above.' })
  selfSupervised!: SelfSupervisionEvidence[] | null;
}

@ObjectType({
  description:
    'The duty audit on a day: every duty IN the township (all townships when none is named) checked for OVERLAP, CROSSOVER, BLANK, VACANT and SELF_SUPERVISED.',
})
export class DutyAudit {
  @Field(() => DateScalar, { description: 'The day audited.' })
  asOf!: string;

  @Field(() => ID, { nullable: true, description: 'The township audited; null for all townships.' })
  township!: string | null;

  @Field(() => Int, { description: 'How many duties were audited.' })
  totalDuties!: number;

  @Field(() => [DutyFlagCount], { description: 'Duties per flag, every flag listed (zero included).' })
  counts!: DutyFlagCount[];

  /** Every flagged duty, by duty id: the `findings` field (duty-audit.resolver.ts) pages it. */
  findings!: AuditFinding[];
}

@ObjectType({ description: 'A page of the audit findings, by duty id.' })
export class AuditFindingConnection extends Connection(AuditFinding, 'AuditFinding') {}
