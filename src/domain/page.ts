/**
 * Pages of a sorted list, both ways (Relay cursor connections): `after`/`before` cut the list at
 * positions, then `first` takes from the start of what is left or `last` from its end.
 *
 * A position is where an item sits in the order: its sort key and its id (ties broken by id,
 * ascending), not an offset, so a page continues from the same item when others are inserted or
 * removed before it. The Cypher statements cut their lists with the same rule
 * (cypher/fragments/page-window.cypher); `pageWindow` is that rule for lists computed in the domain.
 */

/** A sort key as a cursor carries it: text, a number, a list of numbers, or a date/datetime as text with its type. */
export type SortKey = string | number | readonly number[] | null;

export interface Position {
  key: SortKey;
  /** 'DATE' or 'DATETIME' when the key is such a value written as text; null otherwise. */
  type: 'DATE' | 'DATETIME' | null;
  id: string;
}

/** What a page asks: exactly one of `first` and `last` (the resolvers default `first`). */
export interface PageRequest {
  first: number | null;
  last: number | null;
  after: Position | null;
  before: Position | null;
}

/** Where the page lies in the whole list: rows[start..end). */
export interface Window {
  start: number;
  end: number;
}

export interface Paged<T> {
  items: T[];
  positions: Position[];
  totalCount: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
}

/** The first page of `size` items, for callers that have no page arguments. */
export const firstPage = (size: number): PageRequest => ({ first: size, last: null, after: null, before: null });

function compareKeys(a: SortKey, b: SortKey): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number) ? -1 : 1;
    return a.length - b.length;
  }
  return a === b ? 0 : (a as string | number) < (b as string | number) ? -1 : 1;
}

/** True when `row` sorts before `position` (or at it, when `inclusive`): the key in its direction, missing keys last ascending and first descending, then the id ascending. */
export function sortsBefore(row: { key: SortKey; id: string }, position: Position, descending: boolean, inclusive: boolean): boolean {
  const byId = row.id < position.id || (inclusive && row.id === position.id);
  if (row.key === null || position.key === null) {
    if (row.key === null && position.key === null) return byId;
    return descending ? row.key === null : position.key === null;
  }
  const order = compareKeys(row.key, position.key);
  if (order === 0) return byId;
  return descending ? order > 0 : order < 0;
}

/** The window of `rows` (sorted) that `page` asks for. */
export function pageWindow(rows: readonly { key: SortKey; id: string }[], page: PageRequest, descending: boolean): Window {
  const lo = page.after ? rows.filter((row) => sortsBefore(row, page.after!, descending, true)).length : 0;
  const hi = Math.max(lo, page.before ? rows.filter((row) => sortsBefore(row, page.before!, descending, false)).length : rows.length);
  if (page.last !== null) return { start: Math.max(lo, hi - page.last), end: hi };
  return { start: lo, end: Math.min(hi, lo + (page.first ?? 0)) };
}

/** The page of a list sorted in the domain by `key` (then id): its items, their positions and where it sits. */
export function pageOf<T>(items: readonly T[], keyOf: (item: T) => { key: SortKey; id: string }, page: PageRequest, descending: boolean): Paged<T> {
  const rows = items.map(keyOf);
  const { start, end } = pageWindow(rows, page, descending);
  return {
    items: items.slice(start, end),
    positions: rows.slice(start, end).map((row) => ({ ...row, type: null })),
    totalCount: items.length,
    hasPreviousPage: start > 0,
    hasNextPage: end < items.length,
  };
}
