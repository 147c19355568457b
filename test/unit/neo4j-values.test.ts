import neo4j from 'neo4j-driver';
import { toPlain } from '../../src/db/values';

describe('toPlain: driver values become plain JS at the repository boundary', () => {
  it('keeps strings, numbers and booleans as they are and turns null and undefined into null', () => {
    expect([toPlain('陈建国'), toPlain(3.5), toPlain(false), toPlain(null), toPlain(undefined)]).toEqual(['陈建国', 3.5, false, null, null]);
  });

  it('turns Integers into numbers and Dates into YYYY-MM-DD', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(new neo4j.types.Date(2008, 9, 1))).toBe('2008-09-01');
  });

  it('turns DateTimes into ISO instants in UTC', () => {
    const changedAt = new neo4j.types.DateTime(2026, 11, 29, 8, 30, 0, 0, 8 * 3600);
    expect(toPlain(changedAt)).toBe('2026-11-29T00:30:00.000Z');
  });

  it('converts inside lists and maps, and answers a node by its properties', () => {
    const node = new neo4j.types.Node(neo4j.int(7), ['Post'], { id: 't0001.post:party-secretary', from: new neo4j.types.Date(2005, 1, 1) }, 'element-7');
    const row = { post: node, duties: [{ count: neo4j.int(2), to: null }], names: ['党委书记', 'Party Secretary'] };
    expect(toPlain(row)).toEqual({
      post: { id: 't0001.post:party-secretary', from: '2005-01-01' },
      duties: [{ count: 2, to: null }],
      names: ['党委书记', 'Party Secretary'],
    });
  });

  it('keeps a Cypher map a map, even one whose keys are those of a node', () => {
    const map = { elementId: 'x', labels: ['Post'], properties: { id: 'p' }, since: new neo4j.types.Date(2020, 1, 2) };
    expect(toPlain(map)).toEqual({ elementId: 'x', labels: ['Post'], properties: { id: 'p' }, since: '2020-01-02' });
  });
});
