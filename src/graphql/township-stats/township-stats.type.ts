import { EntityRef, entityType } from '../entities/entity-type-registry';
import { OfficeKindEnum } from '../common/enums';
import { Protected } from '../common/protected';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { DutyFlagCount } from '../audit/duty-audit.type';

@ObjectType({ description: 'Villages under the township or one of its offices on the day, by kind.' })
export class VillageCounts {
  @Field(() => Int, { description: 'Administrative villages.' })
  administrative!: number;

  @Field(() => Int, { description: 'Residential areas.' })
  residential!: number;

  @Field(() => Int, { description: 'All villages (administrative, residential and any other kind).' })
  total!: number;
}

@ObjectType({ description: 'How many offices of one kind exist on the day.' })
export class OfficeKindCount {
  @Field(() => OfficeKindEnum, { description: 'OFFICE, BUREAU or SUB_DISTRICT_OFFICE.' })
  kind!: string;

  @Field(() => Int, { description: 'Offices of that kind.' })
  count!: number;
}

@ObjectType({ description: 'Internal institutions of the town government existing on the day.' })
export class OfficeCounts {
  @Field(() => Int, { description: 'All offices.' })
  total!: number;

  @Field(() => [OfficeKindCount], { description: 'Per kind: OFFICE, BUREAU and SUB_DISTRICT_OFFICE always (zero included), then any other kind found.' })
  byKind!: OfficeKindCount[];
}

@ObjectType({ description: 'Middle-level posts (office directors and deputies) existing on the day.' })
export class MiddlePostCounts {
  @Field(() => Int, { description: 'All middle-level posts IN an office of the township.' })
  total!: number;

  @Field(() => Int, { description: 'Posts someone holds substantively.' })
  filled!: number;

  @Field(() => Int, { description: 'Posts nobody holds substantively (total − filled); acting holders do not fill a post.' })
  vacant!: number;

  @Field(() => Int, { description: 'Vacant posts with an acting holder standing in.' })
  actingOnly!: number;
}

@ObjectType({ description: "The counts a township's front page shows, on a day." })
export class TownshipStats {
  @Field(() => entityType('Township'), { description: 'The township counted.' })
  township!: EntityRef;

  @Field(() => DateScalar, { description: 'The day counted.' })
  asOf!: string;

  @Field(() => VillageCounts, { description: 'Villages under the township or one of its offices on the day.' })
  villages!: VillageCounts;

  @Field(() => OfficeCounts, { description: 'Offices of the township existing on the day.' })
  offices!: OfficeCounts;

  @Field(() => Int, { description: 'Leadership posts existing on the day and IN the township (or one of its offices) on the day.' })
  leadershipPosts!: number;

  @Field(() => MiddlePostCounts, { description: 'Middle-level posts IN an office of the township on the day: filled and vacant.' })
  middlePosts!: MiddlePostCounts;

  @Protected('holdings')
  @Field(() => Int, {
    nullable: true,
    description: 'People holding any post (acting included) of the township, its offices, its villages or its stations on the day (derived from appointments: staff role and above).',
  })
  peopleHoldingPosts!: number | null;

  @Field(() => Int, { description: 'Grassroots stations LOCATED_IN the township on the day.' })
  stations!: number;

  @Field(() => Int, { description: 'Duties IN the township (the duties the audit checks).' })
  duties!: number;

  @Field(() => [DutyFlagCount], { description: 'Duties per audit flag on the day, every flag listed (zero included), in the order of the DutyFlag values.' })
  dutiesByFlag!: DutyFlagCount[];
}
