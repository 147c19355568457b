import { DateField, EndsAfter } from './fields';

/**
 * An edge that can change: valid from `from` (inclusive) until `to` (exclusive; absent = still valid).
 * History is never rewritten, so `from` is part of the edge's identity in the graph.
 */
export abstract class DatedEdge {
  @DateField()
  from!: string;

  @DateField({ optional: true })
  @EndsAfter('from')
  to?: string;
}

/** Name lengths shared by every record. */
export const NAME_MAX = 200;
export const TITLE_MAX = 300;
export const TEXT_MAX = 4000;
/** Aliases of one office or post, at most. */
export const ALIASES_MAX = 20;
