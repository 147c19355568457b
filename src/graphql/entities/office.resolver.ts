import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { EntityLookups } from './entity-type-registry';
import type { RequestContext } from '../../context';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { commonFilter, EntityIdArgs } from './entity.args';
import { entitySelected } from './entity.selection';
import { OfficeListArgs } from './office.args';
import { Office, OfficeConnection } from './office.type';

@EntityLookups('office')
@Resolver()
export class OfficeResolver {
  @Query(() => Office, { nullable: true, description: 'One office by id, with its posts, people, duties, leader in charge and villages on a day (default today). Unknown id: NOT_FOUND.' })
  office(@Args(() => EntityIdArgs) args: EntityIdArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Office> {
    const selected = entitySelected('office', info, 'item', args.asOf);
    return ctx.services.entities.get('office', args.id, selected.asOf, selected.include);
  }

  @Query(() => OfficeConnection, { description: 'Offices existing on a day (default today), filtered, sorted and paged; each with everything `office` shows.' })
  async offices(@Args(() => OfficeListArgs) args: OfficeListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<Office>> {
    const selected = entitySelected('office', info, 'connection', args.asOf);
    const filter = { ...commonFilter(args, args.sort), kind: args.kind ?? null, includeClosed: args.includeClosed ?? false };
    return toConnection(await ctx.services.entities.list('office', filter, selected.asOf, pageRequest(args), selected.include));
  }
}
