import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { mayLearn } from '../../auth/privacy';
import { visibleFlags } from '../../domain/audit-flags';
import { TownshipStatsArgs } from './township-stats.args';
import { TownshipStats } from './township-stats.type';

@Resolver()
export class TownshipStatsResolver {
  @Query(() => TownshipStats, {
    description:
      'Counts for a township on a day: villages by kind, offices by kind, leadership posts, middle-level posts filled and vacant, people holding posts, stations, duties and duties per audit flag.',
  })
  townshipStats(@Args(() => TownshipStatsArgs) args: TownshipStatsArgs, @Ctx() ctx: RequestContext): Promise<TownshipStats> {
    return ctx.services.townshipStats.townshipStats(args.asOf, args.township, visibleFlags(mayLearn(ctx.viewer, 'holdings')));
  }
}
