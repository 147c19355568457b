import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { DateScalar } from '../common/date.scalar';

@ArgsType()
export class ChangesArgs {
  @Field(() => DateScalar, { description: 'The day whose state is "before" (YYYY-MM-DD); what happened on it is not included.' })
  before!: string;

  @Field(() => DateScalar, { description: 'The day whose state is "after" (YYYY-MM-DD, not before `before`); what happened on it is included.' })
  after!: string;

  @Field(() => ID, { nullable: true, description: 'Limit the answer to one township. Default: every township in the graph.' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._:-]{0,99}$/, { message: 'township must be an id like town:lishun' })
  township?: string;
}
