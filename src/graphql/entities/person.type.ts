import { GenderEnum } from '../common/enums';
import { Protected } from '../common/protected';
import { Field, ID, ObjectType } from 'type-graphql';
import { DayField } from './day-field';
import { EntityType } from './entity-type-registry';
import { DateScalar } from '../common/date.scalar';
import { Connection } from '../common/pagination';
import { Appointment, DutyAssignment, OfficeCharge, PersonWorkload, ResidentCadreVillage } from './entity-refs.type';
import { Node } from './node.type';

@EntityType('Person')
@ObjectType({
  implements: Node,
  description:
    'Someone who holds posts, with the posts held on the day `asOf` (cross-posting, acting marked), the duties reaching them through those posts, the offices in charge, workload and appointment history. Personal data: the person fields need the staff role; party membership the discipline role.',
})
export class Person {
  @Field(() => ID, { description: 'The person id.' })
  id!: string;

  @Protected('identity')
  @Field(() => String, { nullable: true, description: 'The name (personal data: staff role and above, wherever the person appears).' })
  name!: string | null;

  @Protected('identity')
  @Field(() => String, { nullable: true, description: 'The English name (personal data: staff role and above, wherever the person appears).' })
  nameEn!: string | null;

  @Protected('identity')
  @Field(() => GenderEnum, { nullable: true, description: 'F or M, when recorded (personal data: staff role and above, wherever the person appears).' })
  gender!: string | null;

  @Protected('identity')
  @Field(() => DateScalar, { nullable: true, description: 'The birth date, when recorded (personal data: staff role and above, wherever the person appears).' })
  birthDate!: string | null;

  @Protected('partyMembership')
  @Field(() => Boolean, { nullable: true, description: 'Whether the person is a party member, when recorded (discipline role and above).' })
  partyMember!: boolean | null;

  /** The day the statement answered for: not a field (each day field takes its own `asOf`, docs/front-end-contract.md). */
  asOf!: string;

  @Field(() => [Appointment], { description: 'Posts held on the day, each with its unit, acting holders marked, by from.' })
  @DayField()
  posts!: Appointment[];

  @Field(() => Boolean, { description: 'True when the person holds more than one post on the day (cross-posting).' })
  @DayField()
  crossPosted!: boolean;

  @Field(() => [Appointment], { description: 'Every appointment (HOLDS) the person has had or is to have, by from: the appointment history.' })
  @DayField()
  appointments!: Appointment[];

  @Field(() => [OfficeCharge], { description: 'Offices the person is in charge of on the day, through a leadership post IN_CHARGE_OF them.' })
  @DayField()
  officesInCharge!: OfficeCharge[];

  @Field(() => [ResidentCadreVillage], { description: 'Villages the person is full-time resident cadre in on the day.' })
  @DayField()
  residentCadreIn!: ResidentCadreVillage[];

  @Field(() => PersonWorkload, { description: 'Counts of what the person carries on the day.' })
  @DayField()
  workload!: PersonWorkload;

  /** Both routes; the GraphQL field `duties(through:)` is PersonDutiesResolver's. */
  @DayField()
  duties!: DutyAssignment[];
}

export const PersonConnection = Connection(Person, 'Person');
