import { EntityRef, entityType, EntityType } from './entity-type-registry';
import { Protected } from '../common/protected';
import { Field, ID, ObjectType } from 'type-graphql';
import { DayField } from './day-field';
import { DateScalar } from '../common/date.scalar';
import { Connection } from '../common/pagination';
import { PartyRelationPeriod } from '../station-party/station-party.type';
import { Appointment } from './entity-refs.type';
import { Node } from './node.type';

@EntityType('Station')
@ObjectType({
  implements: Node,
  description:
    'A grassroots station of a city department located in the town, with its township, department, party relation and head on the day `asOf`. Party relations need the discipline role (see also stationPartyRelations for the flags).',
})
export class Station {
  @Field(() => ID, { description: 'The station id, e.g. station:land.' })
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;

  /** The day the statement answered for: not a field (each day field takes its own `asOf`, docs/front-end-contract.md). */
  asOf!: string;

  @Field(() => entityType('Township'), { nullable: true, description: 'The township it is LOCATED_IN on the day (else its latest one).' })
  @DayField()
  township!: EntityRef | null;

  @Field(() => entityType('Department'), { nullable: true, description: 'The city department that runs it (RUN_BY) on the day; null when none is recorded.' })
  @DayField()
  department!: EntityRef | null;

  @Protected('partyRelations')
  @Field(() => PartyRelationPeriod, { nullable: true, description: 'Its party relation on the day: organisation, since when, basis, exemption; null when none (discipline role and above).' })
  @DayField()
  partyRelation!: PartyRelationPeriod | null;

  @Protected('partyRelations')
  @Field(() => [PartyRelationPeriod], { nullable: true, description: 'Every party relation it has had (or is to have), by from (discipline role and above).' })
  @DayField()
  partyRelations!: PartyRelationPeriod[];

  @Field(() => [entityType('Post')], { description: 'Posts IN the station on the day.' })
  @DayField()
  posts!: EntityRef[];

  @Protected('holdings')
  @Field(() => [Appointment], {
    nullable: true,
    description: 'Who holds its STATION_HEAD post(s) on the day, substantive first; townConsulted needs the discipline role. Appointments: staff role and above.',
  })
  @DayField()
  heads!: Appointment[];
}

export const StationConnection = Connection(Station, 'Station');
