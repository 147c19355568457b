import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { TownshipAsOfArgs } from '../common/as-of.args';
import { ConnectionShape, LongListPageArgs, MAX_PAGE_SIZE, pageRequest, toConnection } from '../common/pagination';
import { StationPartyRelation, StationPartyRelationConnection } from './station-party.type';

@Resolver()
export class StationPartyResolver {
  @Query(() => StationPartyRelationConnection, {
    description:
      'The party relation of each grassroots station LOCATED_IN the township on a day (every township when none is named), by station id, paged both ways (first/after, last/before): the organisation, since when, the basis, any exemption, the head, and flags for stations out of line.',
  })
  async stationPartyRelations(
    @Args(() => TownshipAsOfArgs) args: TownshipAsOfArgs,
    @Args(() => LongListPageArgs) page: LongListPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<StationPartyRelation>> {
    return toConnection(await ctx.services.stationParty.stationPartyRelations(args.asOf, args.township, pageRequest(page, MAX_PAGE_SIZE)));
  }
}
