import { PostLevelEnum, PostRankEnum } from '../common/enums';
import { Protected } from '../common/protected';
import { Field, ID, ObjectType } from 'type-graphql';
import { DayField } from './day-field';
import { DateScalar } from '../common/date.scalar';
import { Connection } from '../common/pagination';
import { Appointment, DutyAssignment, OfficeCharge, UnitPeriod } from './entity-refs.type';
import { Node } from './node.type';
import { EntityRef, entityType, EntityType, UnitUnion } from './entity-type-registry';

@EntityType('Post')
@ObjectType({
  implements: Node,
  description:
    'A position (leadership, middle level, village two-committee, resident cadre, station head or staff), with its unit, holders over time, vacancy, acting holders, deputies and duties on the day `asOf`.',
})
export class Post {
  @Field(() => ID, { description: 'The post id, e.g. post:deputy-party-secretary.' })
  id!: string;

  @Field(() => String, { description: 'The official name, e.g. 党委副书记.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;

  @Field(() => PostLevelEnum, { nullable: true, description: 'LEADERSHIP, MIDDLE, VILLAGE_COMMITTEE, RESIDENT_CADRE, STATION_HEAD or STAFF.' })
  level!: string | null;

  @Field(() => PostRankEnum, { nullable: true, description: 'PRINCIPAL, DEPUTY or MEMBER.' })
  rank!: string | null;

  @Field(() => Boolean, { description: 'At most one substantive holder at a time.' })
  singleHolder!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'The day the post was created.' })
  from!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the post was cut (exclusive); null while it exists.' })
  to!: string | null;

  @Field(() => Boolean, { description: 'True when the post exists on the day asOf.' })
  @DayField()
  active!: boolean;

  /** The day the statement answered for: not a field (each day field takes its own `asOf`, docs/front-end-contract.md). */
  asOf!: string;

  @Field(() => UnitUnion, { nullable: true, description: 'The unit (Office, Village, Station or Township) the post is IN on the day; null when none.' })
  @DayField()
  unit!: EntityRef | null;

  @Field(() => [UnitPeriod], { description: 'Every unit the post has been IN, by from.' })
  units!: UnitPeriod[];

  @Field(() => entityType('Township'), { nullable: true, description: 'The township its unit belongs to.' })
  township!: EntityRef | null;

  @Protected('holdings')
  @Field(() => [Appointment], { nullable: true, description: 'Who holds the post on the day, substantive and acting (current holders). Appointments: staff role and above.' })
  @DayField()
  holders!: Appointment[];

  @Protected('holdings')
  @Field(() => [Appointment], { nullable: true, description: 'Who holds the post as acting holder on the day. Appointments: staff role and above.' })
  @DayField()
  actingHolders!: Appointment[];

  @Protected('holdings')
  @Field(() => [Appointment], { nullable: true, description: 'Every holder the post has had (or is to have), by from: its holders over time. Appointments: staff role and above.' })
  holderHistory!: Appointment[];

  @Field(() => Boolean, { description: 'True when the post exists on the day and nobody holds it substantively (an acting holder does not fill it).' })
  @DayField()
  vacant!: boolean;

  @Field(() => entityType('Post'), { nullable: true, description: 'The post this one deputises for (DEPUTY_OF): who stands in when that one is vacant.' })
  deputyOf!: EntityRef | null;

  @Field(() => [entityType('Post')], { description: 'The posts DEPUTY_OF this one.' })
  deputies!: EntityRef[];

  @Field(() => [OfficeCharge], { description: 'Leadership posts: the offices it is IN_CHARGE_OF on the day (its division of labour).' })
  @DayField()
  inChargeOf!: OfficeCharge[];

  @Field(() => [DutyAssignment], { description: 'Duties the post itself is RESPONSIBLE_FOR on the day, leads first.' })
  @DayField()
  duties!: DutyAssignment[];
}

export const PostConnection = Connection(Post, 'Post');
