import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { DateScalar } from './date.scalar';

/** The date a question is asked "as of", and the township it is about. */
@ArgsType()
export class AsOfArgs {
  @Field(() => DateScalar, { nullable: true, description: 'The day the question is asked for (YYYY-MM-DD). Default: today.' })
  @IsOptional()
  asOf?: string;
}

@ArgsType()
export class TownshipAsOfArgs extends AsOfArgs {
  @Field(() => ID, { nullable: true, description: 'Limit the answer to one township. Default: every township in the graph.' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._:-]{0,99}$/, { message: 'township must be an id like town:lishun' })
  township?: string;
}
