import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { EntityLookups } from './entity-type-registry';
import type { RequestContext } from '../../context';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { commonFilter, EntityIdArgs } from './entity.args';
import { entitySelected } from './entity.selection';
import { StationListArgs } from './station.args';
import { Station, StationConnection } from './station.type';

@EntityLookups('station')
@Resolver()
export class StationResolver {
  @Query(() => Station, { nullable: true, description: 'One grassroots station by id, with its township, department, party relation, posts and head on a day (default today). Unknown id: NOT_FOUND.' })
  station(@Args(() => EntityIdArgs) args: EntityIdArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Station> {
    const selected = entitySelected('station', info, 'item', args.asOf);
    return ctx.services.entities.get('station', args.id, selected.asOf, selected.include);
  }

  @Query(() => StationConnection, { description: 'Grassroots stations (in a township: LOCATED_IN it on the day), filtered, sorted and paged; each with everything `station` shows.' })
  async stations(@Args(() => StationListArgs) args: StationListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<Station>> {
    const selected = entitySelected('station', info, 'connection', args.asOf);
    return toConnection(await ctx.services.entities.list('station', commonFilter(args, args.sort), selected.asOf, pageRequest(args), selected.include));
  }
}
