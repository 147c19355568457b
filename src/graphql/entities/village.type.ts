import { VillageKindEnum } from '../common/enums';
import { Protected } from '../common/protected';
import { Field, ID, ObjectType } from 'type-graphql';
import { DayField } from './day-field';
import { DateScalar } from '../common/date.scalar';
import { Connection } from '../common/pagination';
import { ResidentCadre, StaffedPost, UnitPeriod } from './entity-refs.type';
import { Node } from './node.type';
import { EntityRef, entityType, EntityType, VillageUnitUnion } from './entity-type-registry';

@EntityType('Village')
@ObjectType({
  implements: Node,
  description: 'An administrative village or residential area, with the unit it is under over time, its resident cadre and its two-committee posts on the day `asOf`.',
})
export class Village {
  @Field(() => ID, { description: 'The village id.' })
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;

  @Field(() => VillageKindEnum, { nullable: true, description: 'ADMINISTRATIVE (village) or RESIDENTIAL (residential area).' })
  kind!: string | null;

  @Field(() => Boolean, { description: 'True for a village the town treats as complex.' })
  complex!: boolean;

  /** The day the statement answered for: not a field (each day field takes its own `asOf`, docs/front-end-contract.md). */
  asOf!: string;

  @Field(() => VillageUnitUnion, { nullable: true, description: 'The unit (Township or Office) it is UNDER on the day; null when none.' })
  @DayField()
  under!: EntityRef | null;

  @Field(() => [UnitPeriod], { description: 'Every unit it has been UNDER, by from: which unit it was under over time.' })
  underHistory!: UnitPeriod[];

  @Field(() => entityType('Township'), { nullable: true, description: 'Its township: the unit it is under on the day, or that unit’s township (else that of its latest unit).' })
  @DayField()
  township!: EntityRef | null;

  @Protected('holdings')
  @Field(() => [ResidentCadre], { nullable: true, description: 'Full-time resident cadre in the village on the day. Staff role and above.' })
  @DayField()
  residentCadre!: ResidentCadre[];

  @Field(() => [StaffedPost], { description: 'Posts IN the village on the day (its two-committee posts), principal first, with holders and vacancy.' })
  @DayField()
  posts!: StaffedPost[];
}

export const VillageConnection = Connection(Village, 'Village');
