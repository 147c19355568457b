import { PartyOrganizationKindEnum } from '../common/enums';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * The own fields of a party organisation, which `PartyOrganization` extends. No field returns this
 * type: a reference to an entity is the entity's own type (an `EntityRef` filled with its own
 * properties, entities/entity-type-registry.ts), never a look-alike of it.
 */
@ObjectType({ description: 'A party organisation: the town party committee, a branch, a department party committee or a higher-level one.' })
export class PartyOrganizationFields {
  @Field(() => ID, { description: 'The organisation id.' })
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;

  @Field(() => PartyOrganizationKindEnum, { nullable: true, description: 'TOWN_COMMITTEE, BRANCH, DEPARTMENT_COMMITTEE or HIGHER_LEVEL.' })
  kind!: string | null;
}

