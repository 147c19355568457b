import { OfficeKindEnum } from '../common/enums';
import { ArgsType, Field } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { OFFICE_KINDS } from '../../dataset/records/enums';
import { EntityListArgs, sortEnum } from './entity.args';

export const OfficeSortFieldEnum = sortEnum('OfficeSortField', 'offices', {
  ID: 'The office id.',
  NAME: 'The official name.',
  NAME_EN: 'The English name.',
  KIND: 'The kind (OFFICE, BUREAU, SUB_DISTRICT_OFFICE).',
  FROM: 'The day it was created.',
});
export type OfficeSortField = keyof typeof OfficeSortFieldEnum;

@ArgsType()
export class OfficeListArgs extends EntityListArgs {
  @Field(() => OfficeKindEnum, { nullable: true, description: `Only offices of this kind: ${OFFICE_KINDS.join(', ')}.` })
  @IsOptional()
  @IsIn([...OFFICE_KINDS])
  kind?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Also offices that do not exist on the day (not yet created, merged or withdrawn). Default: false.' })
  @IsOptional()
  @IsBoolean()
  includeClosed: boolean = false;

  @Field(() => OfficeSortFieldEnum, { nullable: true, defaultValue: 'ID', description: 'What to sort by. Default: ID.' })
  @IsOptional()
  sort: OfficeSortField = 'ID';
}
