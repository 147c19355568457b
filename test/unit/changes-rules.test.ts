import type { ChangeRows } from '../../src/repositories/changes.repository';
import { ChangeRowsSource, ChangesService } from '../../src/services/changes.service';
import { closureKind } from '../../src/domain/office-closure';

const EMPTY: ChangeRows = {
  dataFrom: '2008-01-01',
  townshipFound: true,
  officesCreated: [],
  officesClosed: [],
  postsAdded: [],
  postsCut: [],
  leadershipPostsBefore: 16,
  leadershipPostsAfter: 11,
  dutyOwnerChanges: [],
  villagesRehomed: [],
  stationPartyRelationsMoved: [],
  appointments: [],
  departures: [],
};

function service(rows: ChangeRows) {
  const calls: unknown[][] = [];
  const repository: ChangeRowsSource = {
    listChanges: async (...args) => {
      calls.push(args);
      return rows;
    },
  };
  return { changes: new ChangesService(repository), calls };
}

const office = (id: string) => ({ id, name: id, nameEn: null, kind: 'BUREAU' });
const organization = (id: string, kind: string) => ({ id, name: id, nameEn: null, kind, townshipId: 'town' });

describe('changes', () => {
  it('calls an office that closed into other offices MERGED, and one that closed into none WITHDRAWN', () => {
    expect(closureKind([office('office:party-affairs')])).toBe('MERGED');
    expect(closureKind([])).toBe('WITHDRAWN');
  });

  it('refuses `after` before `before` on the field `after`, without asking the database', async () => {
    const { changes, calls } = service(EMPTY);
    await expect(changes.changes('2008-11-01', '2008-08-01', 'town')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    expect(calls).toEqual([]);
  });

  it('refuses an unknown township (NOT_FOUND) and a `before` before the data (BAD_USER_INPUT on before)', async () => {
    await expect(service({ ...EMPTY, townshipFound: false }).changes.changes('2008-08-01', '2008-11-01', 'nowhere')).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND', id: 'nowhere' },
    });
    await expect(service(EMPTY).changes.changes('2007-12-31', '2008-11-01', 'town')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'before' } });
  });

  it('adds the closure kind, drops the organisations’ townships and echoes the period', async () => {
    const rows: ChangeRows = {
      ...EMPTY,
      officesClosed: [
        { office: office('office:civil-affairs'), on: '2008-09-01', mergedInto: [office('office:social-affairs')] },
        { office: office('office:sub-district'), on: '2008-10-08', mergedInto: [] },
      ],
      stationPartyRelationsMoved: [
        {
          station: { id: 'station:land', name: '国土所', nameEn: null },
          fromOrganization: organization('party:land', 'DEPARTMENT_COMMITTEE'),
          toOrganization: organization('party:town', 'TOWN_COMMITTEE'),
          on: '2008-10-15',
          basis: '属地管理',
        },
      ],
    };
    const { changes, calls } = service(rows);
    const set = await changes.changes('2008-08-01', '2008-11-01');
    expect(calls).toEqual([['2008-08-01', '2008-11-01', null]]);
    expect(set).toMatchObject({ before: '2008-08-01', after: '2008-11-01', township: null, leadershipPostsBefore: 16, leadershipPostsAfter: 11 });
    expect(set.officesClosed.map((closed) => closed.kind)).toEqual(['MERGED', 'WITHDRAWN']);
    expect(set.stationPartyRelationsMoved[0]!.toOrganization).toEqual({ id: 'party:town', name: 'party:town', nameEn: null, kind: 'TOWN_COMMITTEE' });
    expect(set).not.toHaveProperty('dataFrom');
  });
});
