import { ArgsType, Field } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { EntityListArgs, sortEnum } from './entity.args';

export const DepartmentSortFieldEnum = sortEnum('DepartmentSortField', 'departments', {
  ID: 'The department id.',
  NAME: 'The official name.',
  NAME_EN: 'The English name.',
});
export type DepartmentSortField = keyof typeof DepartmentSortFieldEnum;

@ArgsType()
export class DepartmentListArgs extends EntityListArgs {
  @Field(() => DepartmentSortFieldEnum, { nullable: true, defaultValue: 'ID', description: 'What to sort by. Default: ID.' })
  @IsOptional()
  sort: DepartmentSortField = 'ID';
}
