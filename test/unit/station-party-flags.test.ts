import type { PartyRelationRow, StationHeadRow, StationRow } from '../../src/domain/station-party';
import { currentHead, hasExemption, isInsideTownCommittee, relationOn, stationFlags, stationView } from '../../src/domain/station-party';

const organization = (id: string, kind: string, townshipId: string | null = null) => ({ id, name: id, nameEn: null, kind, townshipId });
const relation = (over: Partial<PartyRelationRow> & Pick<PartyRelationRow, 'organization' | 'from'>): PartyRelationRow => ({ to: null, basis: null, exemption: null, ...over });
const holding = (over: Partial<StationHeadRow> & { id: string; from: string }): StationHeadRow => ({
  person: { id: over.id, name: over.id, nameEn: null },
  post: { id: 'post:head', name: 'head', nameEn: null, rank: 'PRINCIPAL', level: 'STATION_HEAD' },
  to: null,
  acting: false,
  townConsulted: null,
  ...over,
});

describe('station flags', () => {
  it('flags a relation outside the town committee without an exemption', () => {
    expect(stationFlags({ relation: { insideTownCommittee: false, exemption: null }, head: null })).toEqual(['OUTSIDE_TOWN_COMMITTEE_WITHOUT_EXEMPTION']);
    expect(stationFlags({ relation: { insideTownCommittee: false, exemption: '  ' }, head: null })).toEqual(['OUTSIDE_TOWN_COMMITTEE_WITHOUT_EXEMPTION']);
  });

  it('does not flag a relation outside the town committee with a recorded exemption, nor one inside it', () => {
    expect(stationFlags({ relation: { insideTownCommittee: false, exemption: '上级规定' }, head: null })).toEqual([]);
    expect(stationFlags({ relation: { insideTownCommittee: true, exemption: null }, head: null })).toEqual([]);
  });

  it('flags a head appointed without consulting the town only when that is recorded', () => {
    const inside = { insideTownCommittee: true, exemption: null };
    expect(stationFlags({ relation: inside, head: { townConsulted: false } })).toEqual(['HEAD_APPOINTED_WITHOUT_CONSULTATION']);
    expect(stationFlags({ relation: inside, head: { townConsulted: true } })).toEqual([]);
    expect(stationFlags({ relation: inside, head: { townConsulted: null } })).toEqual([]);
  });

  it('flags a station with no party relation, and lists several flags in the StationFlag order', () => {
    expect(stationFlags({ relation: null, head: { townConsulted: false } })).toEqual(['HEAD_APPOINTED_WITHOUT_CONSULTATION', 'NO_PARTY_RELATION']);
    expect(stationFlags({ relation: { insideTownCommittee: false, exemption: null }, head: { townConsulted: false } })).toEqual([
      'OUTSIDE_TOWN_COMMITTEE_WITHOUT_EXEMPTION',
      'HEAD_APPOINTED_WITHOUT_CONSULTATION',
    ]);
  });

  it('counts an exemption only when it says something', () => {
    expect([hasExemption(null), hasExemption(undefined), hasExemption(''), hasExemption(' '), hasExemption('x')]).toEqual([false, false, false, false, true]);
  });
});

describe('inside the town committee', () => {
  it('is the TOWN_COMMITTEE of the station’s own township only', () => {
    expect(isInsideTownCommittee(organization('party:town', 'TOWN_COMMITTEE', 'town'), 'town')).toBe(true);
    expect(isInsideTownCommittee(organization('party:other-town', 'TOWN_COMMITTEE', 'other'), 'town')).toBe(false);
    expect(isInsideTownCommittee(organization('party:branch', 'BRANCH', 'town'), 'town')).toBe(false);
    expect(isInsideTownCommittee(organization('party:dept', 'DEPARTMENT_COMMITTEE'), 'town')).toBe(false);
  });
});

describe('the relation and the head of a day', () => {
  const land = relation({ organization: organization('party:land', 'DEPARTMENT_COMMITTEE'), from: '2000-01-01', to: '2008-10-15' });
  const town = relation({ organization: organization('party:town', 'TOWN_COMMITTEE', 'town'), from: '2008-10-15' });

  it('picks the relation valid on the day: from inclusive, to exclusive', () => {
    expect(relationOn([land, town], '2008-10-14')).toBe(land);
    expect(relationOn([land, town], '2008-10-15')).toBe(town);
    expect(relationOn([land, town], '1999-12-31')).toBeNull();
  });

  it('prefers the latest-started of overlapping relations', () => {
    const overlapping = relation({ organization: organization('party:x', 'BRANCH'), from: '2005-01-01' });
    expect(relationOn([land, overlapping], '2006-01-01')).toBe(overlapping);
  });

  it('prefers a substantive head to an acting one, then the latest appointed', () => {
    const acting = holding({ id: 'person:pv2tcf75cc', from: '2008-10-01', acting: true });
    const older = holding({ id: 'person:g5x7wtvx34', from: '2001-01-01' });
    const newer = holding({ id: 'person:91s24mnqj7', from: '2005-01-01' });
    expect(currentHead([acting, older, newer])?.person.id).toBe('person:91s24mnqj7');
    expect(currentHead([acting])?.person.id).toBe('person:pv2tcf75cc');
    expect(currentHead([])).toBeNull();
  });

  it('builds a station view: the relation of the day, its from, the whole history and the flags', () => {
    const row: StationRow = {
      station: { id: 'station:land', name: '国土所', nameEn: 'Land Station' },
      township: { id: 'town', name: '镇', nameEn: null },
      department: { id: 'dept:land', name: '国土局', nameEn: null },
      relations: [land, town],
      heads: [holding({ id: 'person:hrqjhxb2hs', from: '2007-03-01', townConsulted: false })],
    };
    const before = stationView(row, '2008-08-31');
    expect(before).toMatchObject({
      organization: { id: 'party:land', kind: 'DEPARTMENT_COMMITTEE' },
      from: '2000-01-01',
      insideTownCommittee: false,
      flags: ['OUTSIDE_TOWN_COMMITTEE_WITHOUT_EXEMPTION', 'HEAD_APPOINTED_WITHOUT_CONSULTATION'],
    });
    expect(before.history.map((period) => [period.organization.id, period.insideTownCommittee])).toEqual([
      ['party:land', false],
      ['party:town', true],
    ]);
    expect(before.organization).not.toHaveProperty('townshipId');
    const after = stationView(row, '2008-11-01');
    expect(after).toMatchObject({ organization: { id: 'party:town' }, from: '2008-10-15', insideTownCommittee: true, flags: ['HEAD_APPOINTED_WITHOUT_CONSULTATION'] });
    expect(after.head).toMatchObject({ person: { id: 'person:hrqjhxb2hs' }, from: '2007-03-01', townConsulted: false });
  });
});
