import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { TownshipAsOfArgs } from '../common/as-of.args';
import { StationPartyRelation } from './station-party.type';

@Resolver()
export class StationPartyResolver {
  @Query(() => [StationPartyRelation], {
    description:
      'The party relation of each grassroots station LOCATED_IN the township on a day (every township when none is named), by station id: the organisation, since when, the basis, any exemption, the head, and flags for stations out of line.',
  })
  stationPartyRelations(@Args(() => TownshipAsOfArgs) args: TownshipAsOfArgs, @Ctx() ctx: RequestContext): Promise<StationPartyRelation[]> {
    return ctx.services.stationParty.stationPartyRelations(args.asOf, args.township);
  }
}
