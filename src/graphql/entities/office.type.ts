import { OfficeKindEnum } from '../common/enums';
import { Protected } from '../common/protected';
import { Field, ID, ObjectType } from 'type-graphql';
import { DayField } from './day-field';
import { DateScalar } from '../common/date.scalar';
import { Connection } from '../common/pagination';
import { Appointment, DutyAssignment, OfficeLeader } from './entity-refs.type';
import { Node } from './node.type';
import { EntityRef, entityType, EntityType } from './entity-type-registry';

@EntityType('Office')
@ObjectType({
  implements: Node,
  description:
    'An internal institution of the town government (an office, bureau or sub-district office), with its posts, people, duties, leader in charge and villages on the day `asOf`. Every field comes from the one statement of the root field.',
})
export class Office {
  @Field(() => ID, { description: 'The office id, e.g. office:party-affairs.' })
  id!: string;

  @Field(() => String, { description: 'The official name, e.g. 党务办公室.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name, e.g. Party Affairs Office.' })
  nameEn!: string | null;

  @Field(() => OfficeKindEnum, { nullable: true, description: 'OFFICE, BUREAU or SUB_DISTRICT_OFFICE.' })
  kind!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was created.' })
  from!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was merged or withdrawn (exclusive); null while it exists.' })
  to!: string | null;

  @Field(() => Boolean, { description: 'True when the office exists on the day asOf.' })
  @DayField()
  active!: boolean;

  /** The day the statement answered for: not a field (each day field takes its own `asOf`, docs/front-end-contract.md). */
  asOf!: string;

  @Field(() => entityType('Township'), { nullable: true, description: 'The township it is IN (its latest IN edge).' })
  township!: EntityRef | null;

  @Field(() => [entityType('Post')], { description: 'Posts IN the office on the day (posts that exist on the day), principal first.' })
  @DayField()
  posts!: EntityRef[];

  @Protected('holdings')
  @Field(() => [Appointment], { nullable: true, description: 'Who holds its posts on the day, acting holders marked. Appointments: staff role and above.' })
  @DayField()
  people!: Appointment[];

  @Field(() => [DutyAssignment], {
    description: 'Duties on the day: those the office is RESPONSIBLE_FOR (owner: the office), then those of its posts (owner: the post); leads first.',
  })
  @DayField()
  duties!: DutyAssignment[];

  @Field(() => [OfficeLeader], { description: 'The leader(s) in charge on the day: leadership posts IN_CHARGE_OF the office (usually one; empty when none).' })
  @DayField()
  /** As the statement gives them: the resolver (office-leaders.resolver.ts) names each edge by its id. */
  leadersInCharge!: Omit<OfficeLeader, 'id'>[];

  @Field(() => [entityType('Village')], { description: 'Villages UNDER the office on the day (e.g. under a sub-district office).' })
  @DayField()
  villages!: EntityRef[];

  @Field(() => [Office], { description: 'The offices that took over its work when it closed (MERGED_INTO); empty while it exists or when withdrawn.' })
  mergedInto!: EntityRef[];

  @Field(() => [Office], { description: 'The offices that were merged into this one.' })
  mergedFrom!: EntityRef[];
}

export const OfficeConnection = Connection(Office, 'Office');
