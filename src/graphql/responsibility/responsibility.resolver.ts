import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { mayLearn } from '../../auth/privacy';
import { visibleFlags } from '../../domain/audit-flags';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { DEFAULT_ANSWERS } from '../../services/responsibility.service';
import { DutySearchArgs, WhoIsResponsibleArgs } from './responsibility.args';
import { DutyAnswer, DutyAnswerConnection, DutySearchResult } from './responsibility.type';

@Resolver()
export class ResponsibilityResolver {
  @Query(() => DutyAnswerConnection, {
    description:
      'Who is responsible for X on a day: the duties matching X (Chinese or English, in the town\'s words or people\'s own, traditional characters too, or a duty id), best first by confidence, each with its lead and assisting owners, the people holding their posts, the leader in charge, the basis and the paths that explain it. When nothing matches with confidence, the closest duties come back flagged `confident: false` (suggestions, never a confident wrong duty); dutySearch says so in words. A connection: page it both ways (first/after, last/before).',
  })
  async whoIsResponsible(@Args(() => WhoIsResponsibleArgs) args: WhoIsResponsibleArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<DutyAnswer>> {
    const page = pageRequest(args, DEFAULT_ANSWERS);
    return toConnection(await ctx.services.responsibility.whoIsResponsible(args, page, visibleFlags(mayLearn(ctx.viewer, 'holdings'))));
  }

  @Query(() => DutySearchResult, {
    description:
      'The same search as whoIsResponsible, answered plainly: the duties that match with confidence, or a message that nothing did and the closest duties (and their parents) as suggestions.',
  })
  dutySearch(@Args(() => DutySearchArgs) args: DutySearchArgs, @Ctx() ctx: RequestContext): Promise<DutySearchResult> {
    return ctx.services.responsibility.dutySearch(args, visibleFlags(mayLearn(ctx.viewer, 'holdings')));
  }
}
