import { DutyCategoryEnum } from '../common/enums';
import { ArgsType, Field } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { DUTY_CATEGORIES } from '../../dataset/records/enums';
import { EntityListArgs, sortEnum } from './entity.args';
import { DUTY_LEAD_STATUSES, DutyLeadStatus, DutyLeadStatusEnum } from './duty.type';

export const DutySortFieldEnum = sortEnum('DutySortField', 'duties', {
  ID: 'The duty id.',
  TITLE: 'The official title.',
  TITLE_EN: 'The English title.',
  CATEGORY: 'The category (BASIC, ASSISTING, HIGHER_LEVEL).',
});
export type DutySortField = keyof typeof DutySortFieldEnum;

@ArgsType()
export class DutyListArgs extends EntityListArgs {
  @Field(() => DutyCategoryEnum, { nullable: true, description: `Only duties of this category: ${DUTY_CATEGORIES.join(', ')}.` })
  @IsOptional()
  @IsIn([...DUTY_CATEGORIES])
  category?: string | null;

  @Field(() => DutyLeadStatusEnum, { nullable: true, description: 'Only duties with this lead status on the day (BLANK, LED, OVERLAP).' })
  @IsOptional()
  @IsIn([...DUTY_LEAD_STATUSES])
  leadStatus?: DutyLeadStatus | null;

  @Field(() => DutySortFieldEnum, { nullable: true, defaultValue: 'ID', description: 'What to sort by. Default: ID.' })
  @IsOptional()
  sort: DutySortField = 'ID';
}
