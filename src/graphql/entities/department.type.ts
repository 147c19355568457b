import { EntityRef, entityType, EntityType } from './entity-type-registry';
import { Field, ID, ObjectType } from 'type-graphql';
import { DayField } from './day-field';
import { DateScalar } from '../common/date.scalar';
import { Connection } from '../common/pagination';
import { Node } from './node.type';

@EntityType('Department')
@ObjectType({
  implements: Node,
  description: 'A city functional department that runs grassroots stations, with the stations it runs on the day `asOf`.',
})
export class Department {
  @Field(() => ID, { description: 'The department id.' })
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;

  /** The day the statement answered for: not a field (each day field takes its own `asOf`, docs/front-end-contract.md). */
  asOf!: string;

  @Field(() => [entityType('Station')], { description: 'Stations it runs (RUN_BY) on the day.' })
  @DayField()
  stations!: EntityRef[];

  @Field(() => [entityType('PartyOrganization')], { description: 'Its party organisations (PartyOrganization OF the department).' })
  partyOrganizations!: EntityRef[];
}

export const DepartmentConnection = Connection(Department, 'Department');
