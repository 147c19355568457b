import { pageOf, pageWindow, Position, SortKey } from '../../src/domain/page';
import { decodeCursor, encodeCursor, pageRequest } from '../../src/graphql/common/pagination';

/** The paging rule (domain/page.ts, the same as cypher/fragments/page-window.cypher) and the cursor codec. */
const rows = (keys: [SortKey, string][]) => keys.map(([key, id]) => ({ key, id }));
const at = (key: SortKey, id: string): Position => ({ key, type: null, id });
const page = (over: Partial<{ first: number | null; last: number | null; after: Position | null; before: Position | null }>) => ({ first: null, last: null, after: null, before: null, ...over });

describe('pageWindow', () => {
  // Ascending, missing keys last, ties by id.
  const asc = rows([['a', '2'], ['b', '1'], ['b', '3'], [null, '0'], [null, '4']]);
  // Descending, missing keys first, ties by id.
  const desc = rows([[null, '0'], [null, '4'], ['b', '1'], ['b', '3'], ['a', '2']]);

  it('cuts after a position (inclusive) and before one (exclusive), then takes first or last', () => {
    expect(pageWindow(asc, page({ first: 2 }), false)).toEqual({ start: 0, end: 2 });
    expect(pageWindow(asc, page({ first: 2, after: at('b', '1') }), false)).toEqual({ start: 2, end: 4 });
    expect(pageWindow(asc, page({ last: 2 }), false)).toEqual({ start: 3, end: 5 });
    expect(pageWindow(asc, page({ last: 2, before: at(null, '0') }), false)).toEqual({ start: 1, end: 3 });
    expect(pageWindow(asc, page({ last: 9, after: at('a', '2'), before: at(null, '4') }), false)).toEqual({ start: 1, end: 4 });
    expect(pageWindow(desc, page({ first: 3, after: at(null, '4') }), true)).toEqual({ start: 2, end: 5 });
    expect(pageWindow(desc, page({ last: 1, before: at('b', '1') }), true)).toEqual({ start: 1, end: 2 });
  });

  it('continues from the same place when the item at the cursor is gone or others were inserted before it', () => {
    const without = asc.filter((row) => row.id !== '1');
    expect(pageWindow(without, page({ first: 1, after: at('b', '1') }), false)).toEqual({ start: 1, end: 2 });
    expect(without[1]!.id).toBe('3');
    const inserted = rows([['0', '9'], ...asc.map((row): [SortKey, string] => [row.key, row.id])]);
    expect(inserted[pageWindow(inserted, page({ first: 1, after: at('b', '1') }), false).start]!.id).toBe('3');
  });

  it('compares lists of numbers as the ranking does, largest first', () => {
    const ranked = rows([[[1, 1, 0.9], 'x'], [[0.8, 0.5, 0.4], 'y'], [[0.8, 0.5, 0.4], 'z'], [[0.2, 0, 0.1], 'w']]);
    expect(pageOf(ranked, (row) => row, page({ first: 2, after: at([0.8, 0.5, 0.4], 'y') }), true).items.map((row) => row.id)).toEqual(['z', 'w']);
    expect(pageOf(ranked, (row) => row, page({ last: 2, before: at([0.8, 0.5, 0.4], 'z') }), true)).toMatchObject({ hasPreviousPage: false, hasNextPage: true, totalCount: 4 });
  });
});

describe('cursors and page arguments', () => {
  it('a cursor carries the sort key, its type and the id, opaque to clients', () => {
    const position: Position = { key: '2008-09-01', type: 'DATE', id: 'office:x' };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
    expect(decodeCursor(encodeCursor({ key: [0.5, 1, 0.25], type: null, id: 'duty:y' }))).toEqual({ key: [0.5, 1, 0.25], type: null, id: 'duty:y' });
  });

  it.each(['bzow', 'not a cursor', Buffer.from('[1,2]').toString('base64url'), Buffer.from('["a","TIME","x"]').toString('base64url'), 'x'.repeat(3000)])('refuses %s', (cursor) => {
    expect(decodeCursor(cursor)).toBeUndefined();
  });

  it('defaults to the first page, refuses first with last and bad cursors together, naming each argument', () => {
    expect(pageRequest({})).toEqual({ first: 20, last: null, after: null, before: null });
    expect(pageRequest({ last: 3 }, 5)).toEqual({ first: null, last: 3, after: null, before: null });
    try {
      pageRequest({ first: 1, last: 1, after: 'bzow' });
      throw new Error('accepted');
    } catch (error) {
      expect((error as { extensions: { code: string; problems: { field: string }[] } }).extensions.code).toBe('BAD_USER_INPUT');
      expect((error as { extensions: { problems: { field: string }[] } }).extensions.problems.map((problem) => problem.field)).toEqual(['after', 'last']);
    }
  });
});
