import { ArgsType, Field } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { ListArgs, sortEnum } from './entity.args';

export const TownshipSortFieldEnum = sortEnum('TownshipSortField', 'townships', {
  ID: 'The township id.',
  NAME: 'The official name.',
  NAME_EN: 'The English name.',
  POPULATION: 'The population.',
});
export type TownshipSortField = keyof typeof TownshipSortFieldEnum;

/** Townships take no `township` filter (one township is `township(id:)`). */
@ArgsType()
export class TownshipListArgs extends ListArgs {
  @Field(() => TownshipSortFieldEnum, { nullable: true, defaultValue: 'ID', description: 'What to sort by. Default: ID.' })
  @IsOptional()
  sort: TownshipSortField = 'ID';
}
