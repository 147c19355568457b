import { z } from 'zod';
import { int } from '../db/values';
import type { PageRequest, Position } from '../domain/page';

/**
 * Pages in Cypher (cypher/fragments/page-window.cypher, page-position.cypher): the `$page` parameter
 * a statement cuts its sorted list with, and the decoder of the positions it answers for the page.
 */
export function pageParameter(page: PageRequest) {
  return {
    first: page.first === null ? null : int(page.first),
    last: page.last === null ? null : int(page.last),
    after: page.after,
    before: page.before,
  };
}

/** A page-position: the sort key (dates as text with their type) and the id of an item. */
export const position: z.ZodType<Position> = z.strictObject({
  key: z.union([z.string(), z.number(), z.array(z.number()), z.null()]),
  type: z.enum(['DATE', 'DATETIME']).nullable(),
  id: z.string(),
});

/** What every paged statement answers beside its items. */
export const pageShape = {
  totalCount: z.number().int().nonnegative(),
  hasPreviousPage: z.boolean(),
  hasNextPage: z.boolean(),
  positions: z.array(position),
};
