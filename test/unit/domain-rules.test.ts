import { auditRecordOf, auditRecordView, edgeValue } from '../../src/domain/audit-record';
import type { EdgeFacts, NodeFacts } from '../../src/domain/mutation-facts';
import { expectExistsOn, expectOneSubstantiveHolder } from '../../src/domain/mutation-rules';
import { ProblemList } from '../../src/domain/problems';
import { beforeData, dayBefore, openOn, periodsOverlap, resolveAsOf, today, validOn } from '../../src/domain/period';

describe('periods: from inclusive, to exclusive', () => {
  it('a period is valid from its first day up to, not including, its end', () => {
    expect(validOn({ from: '2020-01-01', to: '2020-02-01' }, '2020-01-01')).toBe(true);
    expect(validOn({ from: '2020-01-01', to: '2020-02-01' }, '2020-01-31')).toBe(true);
    expect(validOn({ from: '2020-01-01', to: '2020-02-01' }, '2020-02-01')).toBe(false);
    expect(validOn({ from: '2020-01-01', to: '2020-02-01' }, '2019-12-31')).toBe(false);
    expect(validOn({ from: '2020-01-01', to: null }, '2999-01-01')).toBe(true);
    expect(validOn({}, '2020-01-01')).toBe(true);
  });

  it('two periods overlap when they share a day; open ends run forever', () => {
    expect(periodsOverlap({ from: '2020-01-01', to: '2020-02-01' }, { from: '2020-02-01', to: null })).toBe(false);
    expect(periodsOverlap({ from: '2020-01-01', to: '2020-02-02' }, { from: '2020-02-01', to: null })).toBe(true);
    expect(periodsOverlap({ from: '2020-01-01', to: null }, { from: '2030-01-01', to: null })).toBe(true);
  });

  it('a change on a day closes what started before it and still runs', () => {
    const edges = [
      { id: 'before', from: '2019-01-01', to: null },
      { id: 'same day', from: '2020-01-01', to: null },
      { id: 'ended', from: '2019-01-01', to: '2020-01-01' },
      { id: 'ends later', from: '2019-01-01', to: '2020-06-01' },
    ];
    expect(openOn(edges, '2020-01-01').map((edge) => edge.id)).toEqual(['before', 'ends later']);
  });

  it('knows the day before, today and the day asked for', () => {
    expect(dayBefore('2020-03-01')).toBe('2020-02-29');
    expect(dayBefore('2021-01-01')).toBe('2020-12-31');
    expect(today(new Date(2024, 4, 6, 23, 30))).toBe('2024-05-06');
    expect(resolveAsOf(null, new Date(2024, 4, 6, 12))).toBe('2024-05-06');
    expect(resolveAsOf('2001-01-01')).toBe('2001-01-01');
  });

  it('refuses a day before the earliest data, and only that', () => {
    expect(beforeData('2007-12-31', '2008-01-01')).toBe('2007-12-31 is before the earliest data (2008-01-01); ask for 2008-01-01 or later');
    expect(beforeData('2008-01-01', '2008-01-01')).toBeNull();
    expect(beforeData('1900-01-01', null)).toBeNull();
  });
});

describe('the audit record', () => {
  it('records who did what, with each entity once and its values before and after as JSON', () => {
    const touched = [
      { id: 'post:a', label: 'Post', before: null, after: { name: 'A' } },
      { id: 'post:a', label: 'Post', before: { to: null }, after: { to: '2020-01-01' } },
    ];
    const record = auditRecordOf('id-1', new Date('2020-01-01T08:00:00Z'), 'clerk', 'createPost', { id: 'post:a' }, touched);
    expect(record).toEqual({ id: 'id-1', at: '2020-01-01T08:00:00.000Z', actor: 'clerk', mutation: 'createPost', arguments: '{"id":"post:a"}', entities: ['post:a'], diff: JSON.stringify(touched) });
    expect(auditRecordView(record).touched).toEqual([
      { id: 'post:a', label: 'Post', before: null, after: '{"name":"A"}' },
      { id: 'post:a', label: 'Post', before: '{"to":null}', after: '{"to":"2020-01-01"}' },
    ]);
  });

  it('shows a record with an unreadable diff with no entities rather than failing', () => {
    expect(auditRecordView({ id: 'x', at: 'a', actor: 'b', mutation: 'm', arguments: '{}', entities: [], diff: 'not json' }).touched).toEqual([]);
  });

  it('shows an edge without its element id, direction or empty values', () => {
    const edge: EdgeFacts = { edge: '4:x:1', type: 'HOLDS', outgoing: true, other: 'post:a', otherLabel: 'Post', from: '2020-01-01', to: null, role: null, acting: true, townConsulted: null, basis: null, exemption: null, recordedAt: 'now' };
    expect(edgeValue(edge, { to: '2021-01-01' })).toEqual({ type: 'HOLDS', other: 'post:a', from: '2020-01-01', to: '2021-01-01', acting: true });
    expect(edgeValue(null)).toBeNull();
  });
});

describe('the shared checks of mutations', () => {
  const node = (id: string, props: Record<string, unknown>): NodeFacts => ({ id, label: 'Post', props, township: null, partOf: [] });
  const holds = (other: string, from: string, to: string | null, acting = false): EdgeFacts => ({
    edge: `${other}-${from}`, type: 'HOLDS', outgoing: false, other, otherLabel: 'Person', from, to, role: null, acting, townConsulted: null, basis: null, exemption: null, recordedAt: null,
  });

  it('a node named for a day must exist on it: the problem names the field, the day and its period', () => {
    const problems = new ProblemList();
    expectExistsOn(problems, 'from', node('post:a', { from: '2008-09-01', to: '2009-01-01' }), '2008-08-31');
    expectExistsOn(problems, 'from', node('post:b', { from: '2008-09-01' }), '2008-09-01');
    expectExistsOn(problems, 'unit', undefined, '2008-09-01');
    expect(problems.list).toEqual([{ field: 'from', message: "'post:a' does not exist on 2008-08-31 (it exists from 2008-09-01 to 2009-01-01)" }]);
  });

  it('a single-holder post has no two people holding it substantively at once; acting holders and one person twice do not count', () => {
    const problems = new ProblemList();
    expectOneSubstantiveHolder(problems, 'input.singleHolder', 'post:p', [
      holds('person:a', '2008-01-01', '2008-09-01'),
      holds('person:b', '2008-08-01', null),
      holds('person:c', '2008-01-01', null, true),
      holds('person:a', '2008-09-01', null),
    ]);
    expect(problems.list.map((problem) => problem.message)).toEqual([
      "'post:p' cannot have a single holder: 'person:a' (2008-01-01 to 2008-09-01) and 'person:b' (2008-08-01 to open) hold it substantively at the same time",
      "'post:p' cannot have a single holder: 'person:b' (2008-08-01 to open) and 'person:a' (2008-09-01 to open) hold it substantively at the same time",
    ]);
    const none = new ProblemList();
    expectOneSubstantiveHolder(none, 'input.singleHolder', 'post:p', [holds('person:a', '2008-01-01', '2008-09-01'), holds('person:b', '2008-09-01', null)]);
    expect(none.empty).toBe(true);
  });
});
