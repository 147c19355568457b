import { EntityRef, entityType, EntityType } from './entity-type-registry';
import { DutyCategoryEnum } from '../common/enums';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DayField } from './day-field';
import { DateScalar } from '../common/date.scalar';
import { Connection } from '../common/pagination';
import { ResponsibilityBasis } from '../responsibility/responsibility.type';
import { DutyOwner } from './entity-refs.type';
import { DutyIntegrityRisk, DutyItemTypeEnum, DutyLegalBasis, withDutyListFields } from '../common/duty-list.type';
import { Node } from './node.type';

export const DUTY_LEAD_STATUSES = ['BLANK', 'LED', 'OVERLAP'] as const;
export type DutyLeadStatus = (typeof DUTY_LEAD_STATUSES)[number];
export const DutyLeadStatusEnum: { [K in DutyLeadStatus]: K } = { BLANK: 'BLANK', LED: 'LED', OVERLAP: 'OVERLAP' };
registerEnumType(DutyLeadStatusEnum, {
  name: 'DutyLeadStatus',
  description: 'How many different lead owners a duty has on the day (a cheap list filter; dutyAudit gives every flag with its evidence).',
  valuesConfig: {
    BLANK: { description: 'No office or post leads it.' },
    LED: { description: 'Exactly one lead owner.' },
    OVERLAP: { description: 'Two or more different lead owners.' },
  },
});

@EntityType('Duty')
@ObjectType({
  implements: Node,
  description: 'One responsibility, possibly part of a larger one, with its parent, children, owners and basis on the day `asOf`.',
})
export class Duty extends withDutyListFields(class {}) {
  @Field(() => ID, { description: 'The duty id, e.g. duty:village-organisation-construction.' })
  id!: string;

  @Field(() => String, { description: 'The official title (Chinese in the sample).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The English title.' })
  titleEn!: string | null;

  @Field(() => String, { nullable: true, description: 'The description.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'The English description.' })
  descriptionEn!: string | null;

  @Field(() => DutyCategoryEnum, { nullable: true, description: 'BASIC, ASSISTING or HIGHER_LEVEL (a matter handled above the town).' })
  category!: string | null;


  /** The day the statement answered for: not a field (each day field takes its own `asOf`, docs/front-end-contract.md). */
  asOf!: string;

  @Field(() => entityType('Township'), { nullable: true, description: 'The township it is IN.' })
  township!: EntityRef | null;

  @Field(() => entityType('Duty'), { nullable: true, description: 'The larger duty it is PART_OF, if any.' })
  parent!: EntityRef | null;

  @Field(() => [entityType('Duty')], { description: 'The duties PART_OF it, by id.' })
  children!: EntityRef[];

  @Field(() => [DutyOwner], { description: 'Offices and posts RESPONSIBLE_FOR it on the day, leads first.' })
  @DayField()
  owners!: DutyOwner[];

  @Field(() => Int, { description: 'How many different lead owners it has on the day.' })
  @DayField()
  leadCount!: number;

  @Field(() => DutyLeadStatusEnum, { description: 'BLANK, LED or OVERLAP, from leadCount.' })
  @DayField()
  leadStatus!: DutyLeadStatus;

  @Field(() => ResponsibilityBasis, { nullable: true, description: 'The document (and clause) that defines it (DEFINED_BY).' })
  basis!: ResponsibilityBasis | null;
}

export const DutyConnection = Connection(Duty, 'Duty');
