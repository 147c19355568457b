import { decodeOnlyRow } from '../../src/db/row-decoder';
import { nodesRow } from '../../src/repositories/rows/nodes.rows';

/** The one row of entities/find-nodes: one list per label, each item decoded as its own find statement's. */
describe('the find-nodes row decoder', () => {
  const empty = {
    dataFrom: '2008-01-01', refusedPeople: ['person:x'],
    townships: [], departments: [], partyOrganizations: [], documents: [], offices: [], posts: [], people: [], villages: [], stations: [], duties: [],
  };

  it('decodes a row with a list per label', () => {
    expect(decodeOnlyRow('entities/find-nodes', nodesRow, [empty])).toEqual(empty);
  });

  it('names a missing list, and an item that is not its label’s', () => {
    const { offices: _offices, ...missing } = empty;
    expect(() => decodeOnlyRow('entities/find-nodes', nodesRow, [missing])).toThrow(/offices/);
    expect(() => decodeOnlyRow('entities/find-nodes', nodesRow, [{ ...empty, offices: [{ id: 'office:x' }] }])).toThrow(/offices/);
  });
});
