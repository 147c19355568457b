import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { EntityLookups } from './entity-type-registry';
import type { RequestContext } from '../../context';
import { mayLearn } from '../../auth/privacy';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { commonFilter, EntityIdArgs } from './entity.args';
import { entitySelected } from './entity.selection';
import { PartyOrganizationListArgs } from './party-organization.args';
import { PartyOrganization, PartyOrganizationConnection } from './party-organization.type';

@EntityLookups('partyOrganization')
@Resolver()
export class PartyOrganizationResolver {
  @Query(() => PartyOrganization, { nullable: true, description: 'One party organisation by id, with its township, department and (discipline role) the stations under it on a day (default today). Unknown id: NOT_FOUND.' })
  partyOrganization(@Args(() => EntityIdArgs) args: EntityIdArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<PartyOrganization> {
    const selected = entitySelected('partyOrganization', info, 'item', args.asOf);
    return ctx.services.entities.get('partyOrganization', args.id, selected.asOf, selected.include);
  }

  @Query(() => PartyOrganizationConnection, {
    description:
      'Party organisations (in a township: IN it, and, for the discipline role and above, those holding the party relation of a station located there on the day), filtered, sorted and paged.',
  })
  async partyOrganizations(@Args(() => PartyOrganizationListArgs) args: PartyOrganizationListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<PartyOrganization>> {
    const selected = entitySelected('partyOrganization', info, 'connection', args.asOf);
    // With a township, organisations outside it are listed only for a caller who may learn party relations (docs/privacy.md).
    const filter = { ...commonFilter(args, args.sort), kind: args.kind ?? null, throughPartyRelations: mayLearn(ctx.viewer, 'partyRelations') };
    return toConnection(await ctx.services.entities.list('partyOrganization', filter, selected.asOf, pageRequest(args), selected.include));
  }
}
