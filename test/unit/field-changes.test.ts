import { changeArguments, fieldChanges } from '../../src/graphql/mutations/field-change.type';

/** Issue 15: a change record's stored JSON answers as typed values, one per path, only what differs. */
describe('typed change-log values', () => {
  it('an appointment: a created edge, each value typed by its kind', () => {
    const after = JSON.stringify({ holds: { post: 'post:party-secretary', from: '2008-12-01', acting: false, townConsulted: null } });
    expect(fieldChanges(null, after)).toEqual([
      { field: 'holds.acting', before: null, after: { boolean: false } },
      { field: 'holds.from', before: null, after: { date: '2008-12-01' } },
      { field: 'holds.post', before: null, after: { entityId: 'post:party-secretary' } },
    ]);
  });

  it('an update: only the values that differ; lists of texts are one value, other lists by index', () => {
    const before = JSON.stringify({ name: '街道办', nameEn: 'Sub-district Office', population: 100, keywords: ['a'], leadersInCharge: [{ other: 'post:a', from: '2008-01-01' }] });
    const after = JSON.stringify({ name: '街道办', nameEn: 'Sub-district Office (old town)', population: 120.5, keywords: ['a', 'b'], leadersInCharge: [{ other: 'post:b', from: '2008-12-01' }] });
    expect(fieldChanges(before, after)).toEqual([
      { field: 'keywords', before: { texts: ['a'] }, after: { texts: ['a', 'b'] } },
      { field: 'leadersInCharge.0.from', before: { date: '2008-01-01' }, after: { date: '2008-12-01' } },
      { field: 'leadersInCharge.0.other', before: { entityId: 'post:a' }, after: { entityId: 'post:b' } },
      { field: 'nameEn', before: { text: 'Sub-district Office' }, after: { text: 'Sub-district Office (old town)' } },
      { field: 'population', before: { number: 100 }, after: { number: 120.5 } },
    ]);
  });

  it('a deletion, and stored text that is not JSON, read as no value', () => {
    expect(fieldChanges(JSON.stringify({ props: { name: '误录' } }), null)).toEqual([{ field: 'props.name', before: { text: '误录' }, after: null }]);
    expect(fieldChanges('not json', null)).toEqual([]);
  });

  it('arguments: one per leaf, by name, typed', () => {
    expect(changeArguments(JSON.stringify({ person: 'person:8v3h5kwf42', from: '2008-09-20', acting: false, input: { kind: 'BUREAU', note: 'a: b' } }))).toEqual([
      { name: 'acting', value: { boolean: false } },
      { name: 'from', value: { date: '2008-09-20' } },
      { name: 'input.kind', value: { text: 'BUREAU' } },
      { name: 'input.note', value: { text: 'a: b' } },
      { name: 'person', value: { entityId: 'person:8v3h5kwf42' } },
    ]);
  });
});
