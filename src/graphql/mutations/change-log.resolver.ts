import { Protected } from '../common/protected';
import { Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import type { RequestContext } from '../../context';
import { DateScalar } from '../common/date.scalar';
import { ConnectionShape, PageArgs, pageRequest, toConnection } from '../common/pagination';
import { IdField } from '../../dataset/records/fields';
import { ChangeRecord, ChangeRecordConnection } from './change-record.type';

@ArgsType()
export class ChangeLogArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Only changes made on or after this day (inclusive).' })
  @IsOptional()
  from?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes that touched this entity id.' })
  @IdField({ optional: true })
  entity?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes made by this actor (token subject).' })
  @IsOptional()
  @Length(1, 200)
  actor?: string | null;
}

@Resolver()
export class ChangeLogResolver {
  @Protected('auditTrail')
  @Query(() => ChangeRecordConnection, { nullable: true, description: 'The audit trail of mutations, newest first (admin and discipline roles).' })
  async changeLog(@Args(() => ChangeLogArgs) args: ChangeLogArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<ChangeRecord>> {
    return toConnection(await ctx.services.auditTrail.page(args, pageRequest(args)));
  }
}
