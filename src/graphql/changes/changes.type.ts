import { EntityRef, entityType, VillageUnitUnion } from '../entities/entity-type-registry';
import { EntityLabelEnum } from '../common/enums';
import { Protected } from '../common/protected';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { OwnerKindEnum } from '../responsibility/responsibility.type';
import { OFFICE_CLOSURE_KINDS, OfficeClosureKind } from '../../domain/office-closure';
import type { OwnerKind } from '../../domain/duty-evidence';

/** A lead owner as the changes statement names it. */
export interface LeadOwnerRow extends EntityRef {
  kind: OwnerKind;
  name: string;
  nameEn: string | null;
}

export const OfficeClosureKindEnum = Object.fromEntries(OFFICE_CLOSURE_KINDS.map((kind) => [kind, kind])) as { [K in OfficeClosureKind]: K };

registerEnumType(OfficeClosureKindEnum, {
  name: 'OfficeClosureKind',
  description: 'How an office closed.',
  valuesConfig: {
    MERGED: { description: 'Its work went to other offices (Office MERGED_INTO Office).' },
    WITHDRAWN: { description: 'It closed into no other office.' },
  },
});

@ObjectType({ description: 'An office created in the period.' })
export class OfficeCreated {
  @Field(() => entityType('Office'), { description: 'The office.' })
  office!: EntityRef;

  @Field(() => DateScalar, { description: 'The day it was created (its from).' })
  on!: string;
}

@ObjectType({ description: 'An office closed in the period: merged into others, or withdrawn.' })
export class OfficeClosed {
  @Field(() => entityType('Office'), { description: 'The office.' })
  office!: EntityRef;

  @Field(() => DateScalar, { description: 'The day it closed (its to: the first day it no longer exists).' })
  on!: string;

  @Field(() => OfficeClosureKindEnum, { description: 'MERGED when it merged into other offices, WITHDRAWN when into none.' })
  kind!: OfficeClosureKind;

  @Field(() => [entityType('Office')], { description: 'The offices that took over its work (MERGED_INTO), by id; empty when withdrawn.' })
  mergedInto!: EntityRef[];
}

@ObjectType({ description: 'A post added or cut in the period.' })
export class PostChange {
  @Field(() => entityType('Post'), { description: 'The post.' })
  post!: EntityRef;

  @Field(() => DateScalar, { description: 'The day it was added (its from) or cut (its to).' })
  on!: string;
}

@ObjectType({ description: 'A duty whose set of lead owners on `after` differs from the set on `before`.' })
export class DutyOwnerChange {
  @Field(() => entityType('Duty'), { description: 'The duty.' })
  duty!: EntityRef;

  /** Its lead owners on `before` as the statement names them (OFFICE or POST, id, names); the field is relationship-refs.resolver.ts's. */
  before!: LeadOwnerRow[];

  /** Its lead owners on `after`, likewise. */
  after!: LeadOwnerRow[];
}

@ObjectType({ description: 'A village put UNDER another unit in the period.' })
export class VillageRehoming {
  @Field(() => entityType('Village'), { description: 'The village.' })
  village!: EntityRef;

  @Field(() => VillageUnitUnion, { description: 'The unit it was under before (its previous UNDER edge).' })
  fromUnit!: EntityRef;

  @Field(() => VillageUnitUnion, { description: 'The unit it is under from that day.' })
  toUnit!: EntityRef;

  @Field(() => DateScalar, { description: 'The day it moved.' })
  on!: string;
}

@ObjectType({ description: "A station's party relation moved to another organisation in the period." })
export class PartyRelationMove {
  @Field(() => entityType('Station'), { description: 'The station.' })
  station!: EntityRef;

  @Field(() => entityType('PartyOrganization'), { description: 'The organisation of its previous party relation.' })
  fromOrganization!: EntityRef;

  @Field(() => entityType('PartyOrganization'), { description: 'The organisation it sits under from that day.' })
  toOrganization!: EntityRef;

  @Field(() => DateScalar, { description: 'The day it moved.' })
  on!: string;

  @Field(() => String, { nullable: true, description: 'The basis of the new relation.' })
  basis!: string | null;
}

@ObjectType({ description: 'Someone began (appointment) or stopped (departure) holding a post in the period.' })
export class HoldingChange {
  @Field(() => entityType('Person'), { description: 'The person (names need the staff role).' })
  person!: EntityRef;

  @Field(() => entityType('Post'), { description: 'The post.' })
  post!: EntityRef;

  @Field(() => DateScalar, { description: 'The day the holding began (appointments) or ended (departures).' })
  on!: string;

  @Field(() => Boolean, { description: 'True for an acting holding.' })
  acting!: boolean;
}

@ObjectType({
  description:
    'What changed after `before` up to and including `after`, i.e. on a day in (before, after]: every node or edge whose from or to falls in it. The state on `before` plus these changes is the state on `after`.',
})
export class ChangeSet {
  @Field(() => DateScalar, { description: 'The day of the "before" state (what happened on it is not included).' })
  before!: string;

  @Field(() => DateScalar, { description: 'The day of the "after" state (what happened on it is included).' })
  after!: string;

  @Field(() => ID, { nullable: true, description: 'The township asked about; null for every township.' })
  township!: string | null;

  @Field(() => [OfficeCreated], { description: 'Offices created, by day then id.' })
  officesCreated!: OfficeCreated[];

  @Field(() => [OfficeClosed], { description: 'Offices merged or withdrawn, by day then id.' })
  officesClosed!: OfficeClosed[];

  @Field(() => [PostChange], { description: 'Posts added (of the township, its offices, villages or stations), by day then id.' })
  postsAdded!: PostChange[];

  @Field(() => [PostChange], { description: 'Posts cut, by day then id.' })
  postsCut!: PostChange[];

  @Field(() => Int, { description: 'Leadership posts existing on `before` and IN the township or one of its offices that day.' })
  leadershipPostsBefore!: number;

  @Field(() => Int, { description: 'Leadership posts existing on `after` and IN the township or one of its offices that day.' })
  leadershipPostsAfter!: number;

  @Field(() => [DutyOwnerChange], { description: 'Duties whose set of lead owners differs between `before` and `after`, by duty id.' })
  dutyOwnerChanges!: DutyOwnerChange[];

  @Field(() => [VillageRehoming], { description: 'Villages put under another unit, by day then village id.' })
  villagesRehomed!: VillageRehoming[];

  @Protected('partyRelations')
  @Field(() => [PartyRelationMove], { nullable: true, description: 'Station party relations moved to another organisation, by day then station id (discipline role and above).' })
  stationPartyRelationsMoved!: PartyRelationMove[] | null;

  @Protected('holdings')
  @Field(() => [HoldingChange], { nullable: true, description: 'Holdings of posts that began, by day, post id, person id (staff role and above).' })
  appointments!: HoldingChange[] | null;

  @Protected('holdings')
  @Field(() => [HoldingChange], { nullable: true, description: 'Holdings of posts that ended, by day, post id, person id (staff role and above).' })
  departures!: HoldingChange[] | null;
}
