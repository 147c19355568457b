import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { EntityLookups } from './entity-type-registry';
import type { RequestContext } from '../../context';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { commonFilter, EntityIdArgs } from './entity.args';
import { entitySelected } from './entity.selection';
import { PostListArgs } from './post.args';
import { Post, PostConnection } from './post.type';

@EntityLookups('post')
@Resolver()
export class PostResolver {
  @Query(() => Post, { nullable: true, description: 'One post by id, with its unit, holders over time, vacancy, acting holders, deputies and duties on a day (default today). Unknown id: NOT_FOUND.' })
  post(@Args(() => EntityIdArgs) args: EntityIdArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Post> {
    const selected = entitySelected('post', info, 'item', args.asOf);
    return ctx.services.entities.get('post', args.id, selected.asOf, selected.include);
  }

  @Query(() => PostConnection, { description: 'Posts existing on a day (default today), filtered, sorted and paged; each with everything `post` shows.' })
  async posts(@Args(() => PostListArgs) args: PostListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<Post>> {
    const selected = entitySelected('post', info, 'connection', args.asOf);
    const filter = { ...commonFilter(args, args.sort), level: args.level ?? null, rank: args.rank ?? null, includeClosed: args.includeClosed ?? false };
    return toConnection(await ctx.services.entities.list('post', filter, selected.asOf, pageRequest(args), selected.include));
  }
}
