import { ArgsType, Field } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { EntityListArgs, sortEnum } from './entity.args';

export const TownshipSortFieldEnum = sortEnum('TownshipSortField', 'townships', {
  ID: 'The township id.',
  NAME: 'The official name.',
  NAME_EN: 'The English name.',
  POPULATION: 'The population.',
});
export type TownshipSortField = keyof typeof TownshipSortFieldEnum;

/** The `township` filter of EntityListArgs does not apply to townships themselves and is ignored. */
@ArgsType()
export class TownshipListArgs extends EntityListArgs {
  @Field(() => TownshipSortFieldEnum, { nullable: true, defaultValue: 'ID', description: 'What to sort by. Default: ID.' })
  @IsOptional()
  sort: TownshipSortField = 'ID';
}
