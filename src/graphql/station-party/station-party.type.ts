import { EntityRef, entityType } from '../entities/entity-type-registry';
import { Protected } from '../common/protected';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { Connection } from '../common/pagination';
import { StationFlag, StationFlagEnum } from './station-flag.enum';

@ObjectType({ description: 'One Station PARTY_RELATION PartyOrganization edge, with its period.' })
export class PartyRelationPeriod {
  @Field(() => entityType('PartyOrganization'), { description: 'The organisation the relation sits under.' })
  organization!: EntityRef;

  @Field(() => DateScalar, { description: 'First day (inclusive).' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day it no longer holds (exclusive); null while still valid.' })
  to!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the relation sits there (a rule, a decision).' })
  basis!: string | null;

  @Field(() => String, { nullable: true, description: 'The higher-level provision exempting it from the town party committee, if recorded.' })
  exemption!: string | null;

  @Field(() => Boolean, { description: "True when the organisation is the town party committee (kind TOWN_COMMITTEE) of the station's township." })
  insideTownCommittee!: boolean;
}

@ObjectType({ description: "The holder of the station's STATION_HEAD post on the day." })
export class StationHead {
  @Field(() => entityType('Person'), { description: 'The station head (names need the staff role).' })
  person!: EntityRef;

  @Field(() => entityType('Post'), { description: 'The station-head post.' })
  post!: EntityRef;

  @Field(() => DateScalar, { description: 'First day of the appointment (inclusive; a station head is an appointment: staff role and above, see StationPartyRelation.head).' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day it no longer holds (exclusive); null while still held.' })
  to!: string | null;

  @Field(() => Boolean, { description: 'True for an acting holder.' })
  acting!: boolean;

  @Protected('consultations')
  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the town's opinion was sought before the appointment; null when not recorded (discipline role and above).",
  })
  townConsulted!: boolean | null;
}

@ObjectType({
  description:
    'A grassroots station on a day: who runs it, which party organisation its party relation sits under, since when and on what basis, its head, and what is out of line. Party relations need the discipline role.',
})
export class StationPartyRelation {
  @Field(() => entityType('Station'), { description: 'The station.' })
  station!: EntityRef;

  @Field(() => entityType('Township'), { description: 'The township it is LOCATED_IN on the day.' })
  township!: EntityRef;

  @Field(() => entityType('Department'), { nullable: true, description: 'The city department that runs it (RUN_BY) on the day; null when none is recorded.' })
  department!: EntityRef | null;

  @Protected('partyRelations')
  @Field(() => entityType('PartyOrganization'), { nullable: true, description: 'The organisation its party relation sits under on the day; null when it has none.' })
  organization!: EntityRef | null;

  @Protected('partyRelations')
  @Field(() => DateScalar, { nullable: true, description: 'First day of the relation of the day (its edge `from`, inclusive).' })
  from!: string | null;

  @Protected('partyRelations')
  @Field(() => String, { nullable: true, description: 'The basis of the relation of the day.' })
  basis!: string | null;

  @Protected('partyRelations')
  @Field(() => String, { nullable: true, description: 'The recorded higher-level provision exempting it from the town party committee, if any.' })
  exemption!: string | null;

  @Protected('partyRelations')
  @Field(() => Boolean, {
    nullable: true,
    description: "True when the relation of the day sits under the town party committee (kind TOWN_COMMITTEE) of the station's own township.",
  })
  insideTownCommittee!: boolean | null;

  @Protected('partyRelations')
  @Field(() => [PartyRelationPeriod], { nullable: true, description: 'Every party relation the station has had (or is to have), by from.' })
  history!: PartyRelationPeriod[] | null;

  @Protected('holdings')
  @Field(() => StationHead, { nullable: true, description: 'The current holder of its station-head post (a substantive holder before an acting one); null when vacant. Appointments: staff role and above.' })
  head!: StationHead | null;

  @Protected('partyRelations')
  @Field(() => [StationFlagEnum], { nullable: true, description: 'What is out of line on the day, in the order of the StationFlag values; empty when nothing is.' })
  flags!: StationFlag[] | null;
}

@ObjectType({ description: 'A page of station party relations, by station id.' })
export class StationPartyRelationConnection extends Connection(StationPartyRelation, 'StationPartyRelation') {}
