import { DutyOwnerUnitUnion, EntityRef, entityType, UnitUnion } from './entity-type-registry';
import { Protected } from '../common/protected';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DayField } from './day-field';
import { DateScalar } from '../common/date.scalar';
import { LeaderInCharge, OwnerKindEnum, OwnerRoleEnum } from '../responsibility/responsibility.type';

/**
 * The small object types the entity types share. Every one is filled by the entity's statement
 * (cypher/queries/entities): no field here reads the database.
 */

@ObjectType({ description: 'A unit for a period: one dated IN (post) or UNDER (village) edge.' })
export class UnitPeriod {
  @Field(() => UnitUnion, { description: 'The unit.' })
  unit!: EntityRef;

  @Field(() => DateScalar, { description: 'Since this day (inclusive).' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day (exclusive); null while still valid.' })
  to!: string | null;
}

@ObjectType({ description: 'One appointment: Person HOLDS Post, substantive or acting, for a period.' })
export class Appointment {
  @Field(() => entityType('Person'), { description: 'Who holds the post (names need the staff role).' })
  person!: EntityRef;

  @Field(() => entityType('Post'), { description: 'The post held.' })
  post!: EntityRef;

  @Field(() => UnitUnion, { nullable: true, description: "Where the post is (its unit on the day, else its latest); given on a person's posts and appointments, null elsewhere." })
  unit?: EntityRef | null;

  @Field(() => DateScalar, { description: 'Holds the post since this day (inclusive).' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day (exclusive); null while still held.' })
  to!: string | null;

  @Field(() => Boolean, { description: 'True for an acting holder, who stands in while the post counts as vacant.' })
  acting!: boolean;

  @Protected('consultations')
  @Field(() => Boolean, { nullable: true, description: "Station-head appointments: whether the town's opinion was sought; null when not recorded (discipline role and above)." })
  townConsulted!: boolean | null;

  @Field(() => [LeaderInCharge], {
    nullable: true,
    description: "A person's posts on the day: the leaders in charge of the office the post is IN, with their holders (one step up the line). Null elsewhere.",
  })
  leadersInCharge?: LeaderInCharge[] | null;
}

@ObjectType({ description: 'A duty someone answers for on the day: an Office or Post RESPONSIBLE_FOR a Duty, with its role.' })
export class DutyAssignment {
  @Field(() => entityType('Duty'), { description: 'The duty.' })
  duty!: EntityRef;

  @Field(() => OwnerRoleEnum, { description: 'LEAD (主办) or ASSIST (协办).' })
  role!: string;

  @Field(() => DateScalar, { description: 'Responsible since this day.' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day (exclusive); null while still responsible.' })
  to!: string | null;

  /** The statement names the owner's label too (not a field: the union's member says it; person-duties.ts reads it). */
  @Field(() => DutyOwnerUnitUnion, { description: 'The owner the responsibility runs through: the Office or the Post RESPONSIBLE_FOR the duty.' })
  owner!: EntityRef & { label: string };

  @Field(() => entityType('Post'), { nullable: true, description: "A person's duties: the post held through which the duty reaches the person (the owner itself, or a post IN the owning office)." })
  post?: EntityRef | null;

  @Protected('holdings')
  @Field(() => Boolean, { nullable: true, description: "A person's duties: true when the post is held as acting holder; null elsewhere." })
  acting?: boolean | null;
}

@ObjectType({ description: 'A leadership post IN_CHARGE_OF an office on the day (the division of labour among the town team).' })
export class OfficeCharge {
  @Field(() => entityType('Office'), { description: 'The office in charge of.' })
  office!: EntityRef;

  @Field(() => entityType('Post'), { nullable: true, description: "A person's offices: the leadership post through which the person is in charge; null on a post." })
  post?: EntityRef | null;

  @Field(() => DateScalar, { description: 'In charge since this day.' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day (exclusive); null while still in charge.' })
  to!: string | null;

  @Protected('holdings')
  @Field(() => Boolean, { nullable: true, description: "A person's offices: true when the leadership post is held as acting holder; null on a post." })
  acting?: boolean | null;
}

@ObjectType({ description: 'The leader in charge of an office on the day: the leadership post IN_CHARGE_OF it and who holds that post.' })
export class OfficeLeader {
  @Field(() => ID, {
    description: 'The IN_CHARGE_OF edge, e.g. in-charge:post:deputy-party-secretary>office:party-affairs@2008-09-01 (post, office, first day): the same on every day; not a Node.',
  })
  id!: string;

  @Field(() => entityType('Post'), { description: 'The leadership post, e.g. the deputy party secretary.' })
  post!: EntityRef;

  @Field(() => DateScalar, { description: 'In charge of the office since this day.' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day (exclusive); null while still in charge.' })
  to!: string | null;

  @Protected('holdings')
  @Field(() => [Appointment], { nullable: true, description: 'Who holds the leadership post on the day, substantive first (empty: vacant). Appointments: staff role and above.' })
  @DayField()
  holders!: Appointment[];
}

@ObjectType({ description: 'A person appointed as full-time resident cadre in a village (RESIDENT_CADRE_IN), for a period.' })
export class ResidentCadre {
  @Field(() => entityType('Person'), { description: 'The cadre (names need the staff role).' })
  person!: EntityRef;

  @Field(() => DateScalar, { description: 'Resident since this day.' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day (exclusive); null while still resident.' })
  to!: string | null;
}

@ObjectType({ description: 'A village a person is resident cadre in (RESIDENT_CADRE_IN) on the day.' })
export class ResidentCadreVillage {
  @Field(() => entityType('Village'), { description: 'The village.' })
  village!: EntityRef;

  @Field(() => DateScalar, { description: 'Resident since this day.' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day (exclusive); null while still resident.' })
  to!: string | null;
}

@ObjectType({ description: 'A post IN a unit on the day, with who holds it and whether it is vacant (e.g. a village two-committee post).' })
export class StaffedPost {
  @Field(() => entityType('Post'), { description: 'The post.' })
  post!: EntityRef;

  @Protected('holdings')
  @Field(() => [Appointment], { nullable: true, description: 'Who holds it on the day, substantive first. Appointments: staff role and above.' })
  holders!: Appointment[];

  @Field(() => Boolean, { description: 'True when nobody holds it substantively on the day (acting holders do not fill a post).' })
  vacant!: boolean;
}

@ObjectType({ description: "How much a person carries on the day, counted over the posts the person holds." })
export class PersonWorkload {
  @Field(() => Int, { description: 'Posts held on the day (cross-posting when more than one).' })
  posts!: number;

  @Field(() => Int, { description: 'Of those, posts held as acting holder.' })
  actingPosts!: number;

  @Field(() => Int, { description: 'Offices the person is in charge of through a leadership post.' })
  officesInCharge!: number;

  @Field(() => Int, { description: 'Distinct duties the person answers for as lead (through a post, or an office one of the posts is IN).' })
  leadDuties!: number;

  @Field(() => Int, { description: 'Distinct duties the person answers for as assistant.' })
  assistDuties!: number;

  @Field(() => Int, { description: 'Villages the person is resident cadre in.' })
  residentCadreVillages!: number;
}

@ObjectType({ description: 'An owner of a duty on the day (Office or Post RESPONSIBLE_FOR it), with its role and who holds the owning post.' })
export class DutyOwner {
  @Field(() => OwnerKindEnum, { description: 'OFFICE or POST.' })
  kind!: string;

  /** The office or post id: not a field (the relationship is not that entity); `owner` names it. */
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;

  @Field(() => OwnerRoleEnum, { description: 'LEAD (主办) or ASSIST (协办).' })
  role!: string;

  @Field(() => DateScalar, { description: 'Responsible since this day.' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day (exclusive); null while still responsible.' })
  to!: string | null;

  @Protected('holdings')
  @Field(() => [Appointment], {
    nullable: true,
    description: 'Who answers for it on the day: the holders of a post owner, or of the PRINCIPAL posts of an office owner. Appointments: staff role and above.',
  })
  holders!: Appointment[];
}

@ObjectType({ description: 'A duty a document defines (Duty DEFINED_BY Document), with the clause.' })
export class DefinedDuty {
  @Field(() => entityType('Duty'), { description: 'The duty.' })
  duty!: EntityRef;

  @Field(() => String, { nullable: true, description: 'The clause of the document, e.g. 第三条.' })
  clause!: string | null;
}

@ObjectType({ description: 'A candidate in a competitive selection a document ran (Person CANDIDATE_FOR Document).' })
export class Candidacy {
  @Field(() => entityType('Person'), { description: 'The candidate (names need the staff role).' })
  person!: EntityRef;

  @Field(() => DateScalar, { description: 'The day of the candidacy.' })
  on!: string;
}

@ObjectType({ description: "A station whose party relation sits under an organisation on the day (Station PARTY_RELATION PartyOrganization)." })
export class StationPartyLink {
  @Field(() => entityType('Station'), { description: 'The station.' })
  station!: EntityRef;

  @Field(() => DateScalar, { description: 'Since this day.' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day (exclusive); null while still valid.' })
  to!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the relation sits there (a rule, a decision).' })
  basis!: string | null;

  @Field(() => String, { nullable: true, description: 'The higher-level provision exempting it from the town party committee, if recorded.' })
  exemption!: string | null;
}
