import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { EntityLookups } from './entity-type-registry';
import type { RequestContext } from '../../context';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { commonFilter, EntityIdArgs } from './entity.args';
import { entitySelected } from './entity.selection';
import { DutyListArgs } from './duty.args';
import { Duty, DutyConnection } from './duty.type';

@EntityLookups('duty')
@Resolver()
export class DutyResolver {
  @Query(() => Duty, { nullable: true, description: 'One duty by id, with its parent, children, owners (and who holds their posts) and basis on a day (default today). Unknown id: NOT_FOUND.' })
  duty(@Args(() => EntityIdArgs) args: EntityIdArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Duty> {
    const selected = entitySelected('duty', info, 'item', args.asOf);
    return ctx.services.entities.get('duty', args.id, selected.asOf, selected.include);
  }

  @Query(() => DutyConnection, { description: 'Duties (in a township: IN it), filtered by text, category and lead status on a day, sorted and paged; each with everything `duty` shows.' })
  async duties(@Args(() => DutyListArgs) args: DutyListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<Duty>> {
    const selected = entitySelected('duty', info, 'connection', args.asOf);
    const filter = { ...commonFilter(args, args.sort), category: args.category ?? null, leadStatus: args.leadStatus ?? null };
    return toConnection(await ctx.services.entities.list('duty', filter, selected.asOf, pageRequest(args), selected.include));
  }
}
