import { differences, parseShownJson } from '../helpers/shown-json';

const check = (shown: string, actual: unknown) => differences(parseShownJson(shown), actual);

describe('README answers with elisions, matched against real answers', () => {
  it('matches objects by the keys they show and values exactly', () => {
    expect(check('{ "a": 1, "b": { "c": "x" } }', { a: 1, b: { c: 'x', d: 2 }, e: 3 })).toEqual([]);
    expect(check('{ "a": 1, "b": { "c": "x" } }', { a: 1, b: { c: 'y' } })).toEqual(['$.b.c: shown "x", answered "y"']);
    expect(check('{ "a": null }', {})).toEqual(['$.a: shown, but not answered']);
  });

  it('needs every item of a list shown without …', () => {
    expect(check('[1, 2]', [1, 2])).toEqual([]);
    expect(check('[1, 2]', [1, 2, 3])).toEqual(['$: shown 2 items, answered 3']);
  });

  it('reads … as any items there, keeping the shown order and the anchored ends', () => {
    expect(check('[1, …, 4]', [1, 2, 3, 4])).toEqual([]);
    expect(check('[…, 3]', [1, 2, 3])).toEqual([]);
    expect(check('[2, …]', [1, 2, 3])).toEqual(['$[0]: shown 2, answered 1']);
    expect(check('[1, …\n 3, …]', [1, 2, 3, 4])).toEqual([]);
    expect(check('[…, 3, 2, …]', [1, 2, 3, 4])).toEqual(['$: shown item 2 of 2 is not in the answer, in that order']);
  });

  it('checks the count of "… N in all"', () => {
    expect(check('[1, … 3 in all]', [1, 2, 3])).toEqual([]);
    expect(check('[1, … 3 in all]', [1, 2])).toEqual(['$: shown 3 in all, answered 2']);
  });

  it('reads … inside a string as any text', () => {
    expect(check('{ "id": "change:…" }', { id: 'change:1f2e' })).toEqual([]);
    expect(check('{ "id": "change:…" }', { id: 'person:1f2e' })).toEqual(['$.id: shown "change:…", answered "person:1f2e"']);
  });

  it('refuses text that is not shown JSON', () => {
    expect(() => parseShownJson('{ "a": 1 } trailing')).toThrow(/text after the value/);
  });
});
