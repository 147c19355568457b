import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { commonFilter, EntityIdArgs } from './entity.args';
import { entityPartsSelected } from './entity.selection';
import { DepartmentListArgs } from './department.args';
import { Department, DepartmentConnection } from './department.type';

@Resolver()
export class DepartmentResolver {
  @Query(() => Department, { nullable: true, description: 'One city department by id, with the stations it runs on a day (default today). Unknown id: NOT_FOUND.' })
  department(@Args(() => EntityIdArgs) args: EntityIdArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Department> {
    return ctx.services.entities.get('department', args.id, args.asOf, entityPartsSelected('department', info, 'item'));
  }

  @Query(() => DepartmentConnection, { description: 'City departments (in a township: running a station located there on the day), filtered, sorted and paged.' })
  async departments(@Args(() => DepartmentListArgs) args: DepartmentListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<Department>> {
    return toConnection(await ctx.services.entities.list('department', commonFilter(args, args.sort), args.asOf, pageRequest(args), entityPartsSelected('department', info, 'connection')));
  }
}
