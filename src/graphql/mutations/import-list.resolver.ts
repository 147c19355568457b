import type { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, Field, FieldResolver, Info, Int, Mutation, ObjectType, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Township } from '../entities/township.type';
import { DateScalar } from '../common/date.scalar';
import { AllInputProblems } from './all-problems.middleware';
import { ChangeRecord } from './change-record.type';
import { ImportListArgs } from './import-list.input';
import { PayloadEntityArgs, touchedEntity } from './payload.type';

@ObjectType({ description: 'What importList imported (or, on a dry run, would import): the township, the counts and the change record.' })
export class ListImportPayload {
  @Field(() => Boolean, { description: 'True when it was committed; false on a dry run (nothing was written).' })
  committed!: boolean;

  /** The township's id; exposed as `township`. */
  townshipId!: string;

  @Field(() => DateScalar, { description: 'The day the list states: its owners hold from then.' })
  on!: string;

  @Field(() => Int, { description: 'The duties of the list (created and updated).' })
  duties!: number;

  @Field(() => Int, { description: 'Of them, the duties the graph did not have.' })
  created!: number;

  @Field(() => Int, { description: 'Of them, the duties the graph had (their fields and owners as the list says).' })
  updated!: number;

  @Field(() => Int, { description: 'Rows written: one per node and one per edge or reference (as `npm run import` counts them).' })
  rows!: number;

  @Field(() => ChangeRecord, { nullable: true, description: 'Its audit record (every duty of the list, before and after); null on a dry run.' })
  change!: ChangeRecord | null;
}

/**
 * importList: a town's responsibility list workbook, imported as `npm run import -- list.xlsx`
 * imports it; admins only. Every problem is answered at once (BAD_USER_INPUT, each in
 * `extensions.problems` with its sheet, row, column, cell, text, and the message in English and
 * Chinese); nothing is written unless there is none.
 */
@Authorized('admin')
@UseMiddleware(AllInputProblems)
@Resolver(() => ListImportPayload)
export class ImportListResolver {
  @Mutation(() => ListImportPayload, {
    description:
      "Imports a town's responsibility list (权责清单) workbook, sent as base64: its duties with their owners and list fields, checked as the importer checks them, in one transaction. dryRun reports every problem, or what would be imported, and writes nothing.",
  })
  async importList(@Args(() => ImportListArgs) args: ImportListArgs, @Ctx() ctx: RequestContext): Promise<ListImportPayload> {
    const result = await ctx.services.listUploads.importList(args, ctx.viewer);
    return { committed: result.committed, townshipId: result.township, on: result.on, duties: result.duties, created: result.created, updated: result.updated, rows: result.rows, change: result.change as ChangeRecord | null };
  }

  @FieldResolver(() => Township, { nullable: true, description: 'The township the list is for, on the day asked (default: the list\'s day).' })
  township(@Root() payload: ListImportPayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return touchedEntity('Township', { change: { ...(payload.change ?? ({} as ChangeRecord)), touched: [] }, on: payload.on, ids: [payload.townshipId] }, args, ctx, info);
  }
}
