import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { EntityLookups } from './entity-type-registry';
import type { RequestContext } from '../../context';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { commonFilter, EntityIdArgs } from './entity.args';
import { entitySelected } from './entity.selection';
import { DepartmentListArgs } from './department.args';
import { Department, DepartmentConnection } from './department.type';

@EntityLookups('department')
@Resolver()
export class DepartmentResolver {
  @Query(() => Department, { nullable: true, description: 'One city department by id, with the stations it runs on a day (default today). Unknown id: NOT_FOUND.' })
  department(@Args(() => EntityIdArgs) args: EntityIdArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Department> {
    const selected = entitySelected('department', info, 'item', args.asOf);
    return ctx.services.entities.get('department', args.id, selected.asOf, selected.include);
  }

  @Query(() => DepartmentConnection, { description: 'City departments (in a township: running a station located there on the day), filtered, sorted and paged.' })
  async departments(@Args(() => DepartmentListArgs) args: DepartmentListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<Department>> {
    const selected = entitySelected('department', info, 'connection', args.asOf);
    return toConnection(await ctx.services.entities.list('department', commonFilter(args, args.sort), selected.asOf, pageRequest(args), selected.include));
  }
}
