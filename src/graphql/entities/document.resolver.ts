import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ConnectionShape, toConnection } from '../common/pagination';
import { commonFilter, EntityIdArgs, pageOffset } from './entity.args';
import { DocumentListArgs } from './document.args';
import { Document, DocumentConnection } from './document.type';

@Resolver()
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'One document by id, with the duties it defines. Unknown id: NOT_FOUND.' })
  document(@Args(() => EntityIdArgs) args: EntityIdArgs, @Ctx() ctx: RequestContext): Promise<Document> {
    return ctx.services.entities.get<Document>('document', args.id, args.asOf);
  }

  @Query(() => DocumentConnection, { description: 'Documents (in a township: IN it), filtered, sorted and paged; each with everything `document` shows.' })
  async documents(@Args(() => DocumentListArgs) args: DocumentListArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<Document>> {
    return toConnection(await ctx.services.entities.list<Document>('document', commonFilter(args, args.sort), args.asOf, pageOffset(args.after), args.first));
  }
}
