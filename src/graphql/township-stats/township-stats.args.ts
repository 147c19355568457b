import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { AsOfArgs } from '../common/as-of.args';

@ArgsType()
export class TownshipStatsArgs extends AsOfArgs {
  @Field(() => ID, { nullable: true, description: 'The township counted. Default: the only township in the graph (required when it holds several).' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._:-]{0,99}$/, { message: 'township must be an id like town:lishun' })
  township?: string;
}
