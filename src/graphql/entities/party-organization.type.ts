import { PartyOrganizationFields } from './party-organization-fields.type';
import { EntityRef, entityType, EntityType } from './entity-type-registry';
import { Protected } from '../common/protected';
import { Field, ObjectType } from 'type-graphql';
import { DayField } from './day-field';
import { DateScalar } from '../common/date.scalar';
import { Connection } from '../common/pagination';
import { StationPartyLink } from './entity-refs.type';
import { Node } from './node.type';

@EntityType('PartyOrganization')
@ObjectType({
  implements: Node,
  description: 'A party organisation (town party committee, branch, department party committee or higher-level one), with the stations whose party relation sits under it on the day `asOf`.',
})
export class PartyOrganization extends PartyOrganizationFields {
  /** The day the statement answered for: not a field (each day field takes its own `asOf`, docs/front-end-contract.md). */
  asOf!: string;

  @Field(() => entityType('Township'), { nullable: true, description: 'The township it is IN (the town committee and its branches).' })
  township!: EntityRef | null;

  @Field(() => entityType('Department'), { nullable: true, description: 'The department it is OF (a department party committee).' })
  department!: EntityRef | null;

  @Protected('partyRelations')
  @Field(() => [StationPartyLink], { nullable: true, description: 'Stations whose party relation sits under it on the day, by station id (discipline role and above).' })
  @DayField()
  stations!: StationPartyLink[];
}

export const PartyOrganizationConnection = Connection(PartyOrganization, 'PartyOrganization');
