import { EntityRef, entityType, EntityType } from './entity-type-registry';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DayField } from './day-field';
import { DateScalar } from '../common/date.scalar';
import { Connection } from '../common/pagination';
import { Node } from './node.type';

@EntityType('Township')
@ObjectType({
  implements: Node,
  description: 'A town, with its offices, villages, stations, town-level posts and party organisations on the day `asOf`.',
})
export class Township {
  @Field(() => ID, { description: 'The township id, e.g. town:lishun.' })
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;

  @Field(() => Float, { nullable: true, description: 'Area in km².' })
  areaKm2!: number | null;

  @Field(() => Int, { nullable: true, description: 'Population.' })
  population!: number | null;

  @Field(() => Float, { nullable: true, description: 'Distance to the city in km.' })
  distanceToCityKm!: number | null;

  @Field(() => Int, { nullable: true, description: 'Town government employees.' })
  staff!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the reform pilot, if recorded.' })
  pilotFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the reform pilot, if recorded.' })
  pilotTo!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The earliest day of data: asking for an earlier day is refused.' })
  dataFrom!: string | null;

  /** The day the statement answered for: not a field (each day field takes its own `asOf`, docs/front-end-contract.md). */
  asOf!: string;

  @Field(() => [entityType('Office')], { description: 'Offices IN the township and existing on the day, by id.' })
  @DayField()
  offices!: EntityRef[];

  @Field(() => [entityType('Village')], { description: 'Villages UNDER the township or one of its offices on the day, by id.' })
  @DayField()
  villages!: EntityRef[];

  @Field(() => [entityType('Station')], { description: 'Stations LOCATED_IN the township on the day, by id.' })
  @DayField()
  stations!: EntityRef[];

  @Field(() => [entityType('Post')], { description: 'Posts IN the township itself on the day (the town leadership), principal first.' })
  @DayField()
  posts!: EntityRef[];

  @Field(() => [entityType('PartyOrganization')], { description: 'Party organisations IN the township, by id.' })
  partyOrganizations!: EntityRef[];
}

export const TownshipConnection = Connection(Township, 'Township');
