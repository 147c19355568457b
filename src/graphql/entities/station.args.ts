import { ArgsType, Field } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { EntityListArgs, sortEnum } from './entity.args';

export const StationSortFieldEnum = sortEnum('StationSortField', 'stations', {
  ID: 'The station id.',
  NAME: 'The official name.',
  NAME_EN: 'The English name.',
});
export type StationSortField = keyof typeof StationSortFieldEnum;

@ArgsType()
export class StationListArgs extends EntityListArgs {
  @Field(() => StationSortFieldEnum, { nullable: true, defaultValue: 'ID', description: 'What to sort by. Default: ID.' })
  @IsOptional()
  sort: StationSortField = 'ID';
}
