import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ChangesArgs } from './changes.args';
import { ChangeSet } from './changes.type';

@Resolver()
export class ChangesResolver {
  @Query(() => ChangeSet, {
    description:
      'What changed between the state on `before` and the state on `after`, i.e. what happened on a day in (before, after]: offices created, merged or withdrawn, posts added or cut, duties whose lead owners changed, villages re-homed, station party relations moved, appointments and departures.',
  })
  changes(@Args(() => ChangesArgs) args: ChangesArgs, @Ctx() ctx: RequestContext): Promise<ChangeSet> {
    return ctx.services.changes.changes(args.before, args.after, args.township);
  }
}
