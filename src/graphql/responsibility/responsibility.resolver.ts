import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { mayLearn } from '../../auth/privacy';
import { visibleFlags } from '../../services/audit-flags';
import { WhoIsResponsibleArgs } from './responsibility.args';
import { DutyAnswer } from './responsibility.type';

@Resolver()
export class ResponsibilityResolver {
  @Query(() => [DutyAnswer], {
    description:
      'Who is responsible for X on a day: the duties matching X (Chinese or English text, or a duty id), best first, each with its lead and assisting owners, the people holding their posts, the leader in charge, the basis and the paths that explain it. No match is an empty list.',
  })
  whoIsResponsible(@Args(() => WhoIsResponsibleArgs) args: WhoIsResponsibleArgs, @Ctx() ctx: RequestContext): Promise<DutyAnswer[]> {
    return ctx.services.responsibility.whoIsResponsible(args, visibleFlags(mayLearn(ctx.viewer, 'holdings')));
  }
}
