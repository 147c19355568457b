import { ArgsType, Field, Int, ObjectType, ClassType } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { z } from 'zod';
import type { PageRequest, Paged, Position } from '../../domain/page';
import { BadUserInputError, type InputProblem } from '../../errors';

export const MAX_PAGE_SIZE = 100;
/** The page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;
/** The longest cursor this API hands out (a position with a long text key). */
const MAX_CURSOR_LENGTH = 2000;

/**
 * Relay cursor connection arguments, both ways: `first` (default `defaultSize`) with `after`, or
 * `last` with `before`. `after` and `before` may be combined; `first` and `last` may not.
 */
export function PageArgsOf(defaultSize: number) {
  @ArgsType()
  class PageArgsType {
    @Field(() => Int, { nullable: true, description: `How many items to return from the start of the list (after \`after\`), 1–${MAX_PAGE_SIZE}. Default ${defaultSize} when \`last\` is not given; not together with \`last\`.` })
    @IsOptional()
    @IsInt()
    @Min(1)
    @Max(MAX_PAGE_SIZE)
    first?: number | null;

    @Field(() => String, { nullable: true, description: 'Return items after this cursor (the endCursor of the previous page, or any edge\'s cursor).' })
    @IsOptional()
    after?: string | null;

    @Field(() => Int, { nullable: true, description: `How many items to return from the end of the list (before \`before\`), 1–${MAX_PAGE_SIZE}; not together with \`first\`.` })
    @IsOptional()
    @IsInt()
    @Min(1)
    @Max(MAX_PAGE_SIZE)
    last?: number | null;

    @Field(() => String, { nullable: true, description: 'Return items before this cursor (the startCursor of the next page, or any edge\'s cursor).' })
    @IsOptional()
    before?: string | null;
  }
  return PageArgsType;
}

/** The page arguments of the entity lists and the change log (default page: 20). */
@ArgsType()
export class PageArgs extends PageArgsOf(DEFAULT_PAGE_SIZE) {}

/** The page arguments of the short lists that used to come whole (station party relations, audit findings): default page 100. */
@ArgsType()
export class LongListPageArgs extends PageArgsOf(MAX_PAGE_SIZE) {}

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; pass it as `before` for the previous page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

const positionJson = z.tuple([
  z.union([z.string(), z.number(), z.array(z.number()), z.null()]),
  z.enum(['DATE', 'DATETIME']).nullable(),
  z.string().min(1),
]);

/**
 * Cursors are opaque to clients; inside, a position (domain/page.ts): the item's sort key and id,
 * never an offset, so a cursor still continues from the same item after others are inserted.
 */
export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.key, position.type, position.id]), 'utf8').toString('base64url');
}

/** The position a cursor names, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): Position | undefined {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const parsed = positionJson.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? { key: parsed.data[0], type: parsed.data[1], id: parsed.data[2] } : undefined;
  } catch {
    return undefined;
  }
}

/** The page the arguments ask for; every problem at once (BAD_USER_INPUT naming the argument): a cursor that is not ours, `first` with `last`. */
export function pageRequest(args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null }, defaultSize = DEFAULT_PAGE_SIZE): PageRequest {
  const problems: InputProblem[] = [];
  const cursor = (name: 'after' | 'before'): Position | null => {
    const value = args[name];
    if (value === null || value === undefined) return null;
    const position = decodeCursor(value);
    if (!position) problems.push({ field: name, message: 'is not a cursor returned by this API' });
    return position ?? null;
  };
  const after = cursor('after');
  const before = cursor('before');
  const first = args.first ?? null;
  const last = args.last ?? null;
  if (first !== null && last !== null) problems.push({ field: 'last', message: 'cannot be given together with first: page forwards with first/after or backwards with last/before' });
  if (problems.length > 0) throw new BadUserInputError(problems);
  return { first: last === null ? (first ?? defaultSize) : null, last, after, before };
}

export function toConnection<T>(page: Paged<T>): ConnectionShape<T> {
  const edges = page.items.map((node, index) => ({ cursor: encodeCursor(page.positions[index]!), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, typeName: string) {
  @ObjectType(`${typeName}Edge`, { description: `One ${typeName} in a list, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item (its sort key and id, so it stays put when items are inserted); pass it as `after` or `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${typeName}.` })
    node!: T;
  }

  @ObjectType(`${typeName}Connection`, { description: `A page of ${typeName} items.` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether there are more pages, and the cursors to reach them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}
