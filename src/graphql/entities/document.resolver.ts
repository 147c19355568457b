import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { commonFilter, EntityIdArgs } from './entity.args';
import { entityPartsSelected } from './entity.selection';
import { DocumentListArgs } from './document.args';
import { Document, DocumentConnection } from './document.type';

@Resolver()
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'One document by id, with the duties it defines. Unknown id: NOT_FOUND.' })
  document(@Args(() => EntityIdArgs) args: EntityIdArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Document> {
    return ctx.services.entities.get('document', args.id, args.asOf, entityPartsSelected('document', info, 'item'));
  }

  @Query(() => DocumentConnection, { description: 'Documents (in a township: IN it), filtered, sorted and paged; each with everything `document` shows.' })
  async documents(@Args(() => DocumentListArgs) args: DocumentListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<Document>> {
    return toConnection(await ctx.services.entities.list('document', commonFilter(args, args.sort), args.asOf, pageRequest(args), entityPartsSelected('document', info, 'connection')));
  }
}
