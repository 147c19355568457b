import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { EntityLookups } from './entity-type-registry';
import type { RequestContext } from '../../context';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { commonFilter, EntityIdArgs } from './entity.args';
import { entitySelected } from './entity.selection';
import { DocumentListArgs } from './document.args';
import { Document, DocumentConnection } from './document.type';

@EntityLookups('document')
@Resolver()
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'One document by id, with the duties it defines. Unknown id: NOT_FOUND.' })
  document(@Args(() => EntityIdArgs) args: EntityIdArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Document> {
    const selected = entitySelected('document', info, 'item', args.asOf);
    return ctx.services.entities.get('document', args.id, selected.asOf, selected.include);
  }

  @Query(() => DocumentConnection, { description: 'Documents (in a township: IN it), filtered, sorted and paged; each with everything `document` shows.' })
  async documents(@Args(() => DocumentListArgs) args: DocumentListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<Document>> {
    const selected = entitySelected('document', info, 'connection', args.asOf);
    return toConnection(await ctx.services.entities.list('document', commonFilter(args, args.sort), selected.asOf, pageRequest(args), selected.include));
  }
}
