import { DutyCategoryEnum, PartyOrganizationKindEnum } from './enums';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * The own fields two entity views share with their entity: `PartyOrganization` extends its base, and
 * the duty an answer or an audit finding is about (AnsweredDuty, AuditedDuty) extends the duty's. No
 * field returns these types: a reference to an entity is the entity's own type (an `EntityRef` filled
 * with its own properties, entities/entity-type-registry.ts), never a brief of it.
 */

@ObjectType({ description: 'A party organisation: the town party committee, a branch, a department party committee or a higher-level one.' })
export class PartyOrganizationBrief {
  @Field(() => ID, { description: 'The organisation id.' })
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;

  @Field(() => PartyOrganizationKindEnum, { nullable: true, description: 'TOWN_COMMITTEE, BRANCH, DEPARTMENT_COMMITTEE or HIGHER_LEVEL.' })
  kind!: string | null;
}

@ObjectType({ description: 'A duty named by id and title.' })
export class DutyBrief {
  @Field(() => ID, { description: 'The duty id, e.g. duty:village-organisation-construction.' })
  id!: string;

  @Field(() => String, { description: 'The official title (Chinese in the sample).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The English title, when there is one.' })
  titleEn!: string | null;

  @Field(() => DutyCategoryEnum, { nullable: true, description: 'BASIC, ASSISTING or HIGHER_LEVEL (a matter handled above the town).' })
  category!: string | null;
}

