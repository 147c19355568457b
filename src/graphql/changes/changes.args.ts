import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { DateScalar } from '../common/date.scalar';

@ArgsType()
export class ChangesArgs {
  @Field(() => DateScalar, { description: 'The day before the period (YYYY-MM-DD): its state is the "before"; changes on this day are not included.' })
  from!: string;

  @Field(() => DateScalar, { description: 'The last day of the period (YYYY-MM-DD, not before `from`): its state is the "after"; changes on this day are included.' })
  to!: string;

  @Field(() => ID, { nullable: true, description: 'Limit the answer to one township. Default: every township in the graph.' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._:-]{0,99}$/, { message: 'township must be an id like town:lishun' })
  township?: string;
}
