import { Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { Protected } from '../common/protected';
import { Matches } from 'class-validator';
import type { RequestContext } from '../../context';
import { AsOfArgs } from '../common/as-of.args';
import { IntegrityRiskReport } from './integrity-risks.type';

@ArgsType()
export class IntegrityRiskArgs extends AsOfArgs {
  @Field(() => ID, { description: 'The township, e.g. town:lishun.' })
  @Matches(/^[a-z0-9][a-z0-9._:-]{0,99}$/, { message: 'township must be an id like town:lishun' })
  township!: string;
}

@Resolver()
export class IntegrityRiskResolver {
  @Protected('integrityRisks')
  @Query(() => IntegrityRiskReport, {
    nullable: true,
    description:
      'The integrity-risk view (discipline role and above): the duties with integrity risk points, who holds the posts that lead them on the day, and where the risk is compounded.',
  })
  integrityRisks(@Args(() => IntegrityRiskArgs) args: IntegrityRiskArgs, @Ctx() ctx: RequestContext): Promise<IntegrityRiskReport> {
    return ctx.services.integrityRisks.integrityRisks(args.township, args.asOf);
  }
}
