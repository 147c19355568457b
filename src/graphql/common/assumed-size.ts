import { Extensions } from 'type-graphql';

/**
 * The size the cost of an operation takes a list field to have when the domain bounds it well below
 * the cost's general LIST_SIZE (as `assumedSize` of the GraphQL cost directives' `@listSize`): a
 * duty has one lead owner (two or more is the OVERLAP the audit flags), an owner's posts are held
 * by one or two people, an office has one leader in charge, a duty has at most a few assisting
 * owners and an explanation path at most MAX_PATH_STEPS steps. Without it the town's most asked
 * question — who handles X, with the holders and leaders of its owners — cost 78,621 and queued as
 * an expensive query (GRAPHQL_HEAVY_COST). A list that can be long keeps LIST_SIZE; a page keeps its
 * `first`. Read by graphql/cost.ts from the field's extensions; not part of the SDL.
 */
export function AssumedSize(size: number): MethodDecorator & PropertyDecorator & ClassDecorator {
  return Extensions({ assumedSize: size });
}

/** The assumed size of a field's list, if it has one. */
export function assumedSizeOf(extensions: Readonly<Record<string, unknown>> | null | undefined): number | undefined {
  const size = extensions?.assumedSize;
  return typeof size === 'number' && size > 0 ? size : undefined;
}
