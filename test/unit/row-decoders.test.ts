import { loadCatalog } from '../../src/repositories/catalog';
import { decodeOnlyRow, decodeRows, RowDecoder, RowShapeError } from '../../src/db/row-decoder';
import { listChangesRow } from '../../src/repositories/rows/changes.rows';
import { existingIdRow, exportRow, idRow, listMembersRow, nodeCountRow, partOfRow, settingRow, townshipMembersRow } from '../../src/repositories/rows/dataset.rows';
import { auditDutiesRow } from '../../src/repositories/rows/duty-audit.rows';
import { dutyToEmbedRow, meaningKeyRow } from '../../src/repositories/rows/duty-meaning.rows';
import { whoIsResponsibleRow } from '../../src/repositories/rows/responsibility.rows';
import { stationPartyRow } from '../../src/repositories/rows/station-party.rows';
import { databaseInfoRow, graphRevisionRow } from '../../src/repositories/rows/system.rows';
import { townshipStatsRow } from '../../src/repositories/rows/township-stats.rows';
import * as mutationRows from '../../src/repositories/rows/mutation.rows';
import { MutationRepository } from '../../src/repositories/mutation.repository';
import { ChangesRepository } from '../../src/repositories/changes.repository';
import { DatasetRepository } from '../../src/repositories/dataset.repository';
import { DutyAuditRepository } from '../../src/repositories/duty-audit.repository';
import { DutyMeaningRepository } from '../../src/repositories/duty-meaning.repository';
import { ResponsibilityRepository } from '../../src/repositories/responsibility.repository';
import { StationPartyRepository } from '../../src/repositories/station-party.repository';
import { SystemRepository } from '../../src/repositories/system.repository';
import { TownshipStatsRepository } from '../../src/repositories/township-stats.repository';

/**
 * The decoders of the non-entity statements (src/repositories/rows/): each reads a row shaped as its
 * statement returns it (the keys of test/golden/cypher/<statement>.cypher's RETURN), and fails,
 * naming the statement and the key, when a key is missing, misnamed or of the wrong type.
 */
type Json = Record<string, unknown>;

const named = (id: string, name: string | null = id) => ({ id, name, nameEn: null });
const post = (id: string) => ({ ...named(id), rank: 'PRINCIPAL', level: 'MIDDLE' });
const period = { from: '2020-01-01', to: null };
const holder = { person: named('p1'), acting: false, from: '2020-01-01', to: null };
const auditOwner = {
  kind: 'OFFICE',
  owner: { ...named('o1'), rank: null, level: null, officeKind: 'COMPREHENSIVE' },
  role: 'LEAD',
  responsibility: period,
  office: named('o1'),
  officeLink: null,
  staffPosts: [{ post: post('o1:director'), link: period, holders: [holder] }],
  leadersInCharge: [{ post: post('t1:leader'), link: period, holders: [] }],
};
/** The audit sends each owner's evidence once, without the duty's own role and responsibility. */
const { role: _role, responsibility: _responsibility, ...auditOwnerOnce } = auditOwner;
const auditRecord = { id: 'c1', at: '2024-05-01T08:00:00.000Z', actor: 'dev:admin', mutation: 'createOffice', arguments: '{}', entities: ['o1'], diff: '[]' };
const edgeFact = {
  edge: '5:abc:1',
  type: 'HOLDS',
  outgoing: true,
  other: 'p1',
  otherLabel: 'Post',
  from: '2020-01-01',
  to: null,
  role: null,
  acting: null,
  townConsulted: null,
  basis: null,
  exemption: null,
  recordedAt: null,
};
const auditDuty = { id: 'd1', title: null, titleEn: null, category: 'SAFETY', keywords: null, accountability: [], integrityRisks: [{ risk: 'r', control: null }] };

const SAMPLES: { statement: string; decoder: RowDecoder<unknown>; row: Json; key: string }[] = [
  {
    statement: 'audit/audit-duties',
    decoder: auditDutiesRow,
    row: {
      dataFrom: '2020-01-01',
      townshipFound: true,
      audited: ['d1'],
      evidence: [{ duty: auditDuty, parentId: null, owners: [{ id: 'o1', role: auditOwner.role, responsibility: auditOwner.responsibility }] }],
      owners: [auditOwnerOnce],
    },
    key: 'evidence',
  },
  {
    statement: 'responsibility/who-is-responsible',
    decoder: whoIsResponsibleRow,
    row: {
      dataFrom: null,
      townshipFound: true,
      hits: [{ id: 'd1', matchedBy: 'BOTH', confidence: 0.9, meaning: 0.7, words: 1 }],
      positions: [{ key: [0.9, 1, 0.7], type: null, id: 'd1' }],
      totalCount: 1,
      hasPreviousPage: false,
      hasNextPage: false,
      nearest: [{ of: 'd1', id: 'd0', distance: 1 }],
      evidence: [
        {
          duty: { ...auditDuty, itemType: null, legalBases: [{ title: 'Law', article: null }] },
          parentId: 'd0',
          basis: { document: { id: 'doc1', title: 'Doc', titleEn: null }, clause: null },
          owners: [{ ...auditOwner, deputies: [{ post: post('o1:deputy'), via: 'SAME_OFFICE', deputyOf: null, link: period, holders: [holder] }] }],
        },
      ],
    },
    key: 'hits',
  },
  {
    statement: 'station-party/list-station-party-relations',
    decoder: stationPartyRow,
    row: {
      dataFrom: '2020-01-01',
      townshipFound: true,
      totalCount: 1,
      hasPreviousPage: false,
      hasNextPage: true,
      positions: [{ key: 's1', type: null, id: 't1' }],
      stations: [
        {
          station: named('s1'),
          township: named('t1'),
          department: null,
          relations: [{ organization: { ...named('b1'), kind: 'BRANCH', township: 't1' }, from: '2020-01-01', to: null, basis: null, exemption: null }],
          heads: [{ person: named('p1'), post: post('s1:head'), from: '2020-01-01', to: null, acting: false, townConsulted: null }],
        },
      ],
    },
    key: 'stations',
  },
  {
    statement: 'changes/list-changes',
    decoder: listChangesRow,
    row: {
      dataFrom: '2020-01-01',
      townshipFound: true,
      officesCreated: [{ office: { ...named('o2'), kind: 'OFFICE' }, on: '2021-01-01' }],
      officesClosed: [{ office: { ...named('o1'), kind: 'OFFICE' }, on: '2021-01-01', mergedInto: [{ ...named('o2'), kind: 'OFFICE' }] }],
      postsAdded: [{ post: post('o2:director'), on: '2021-01-01' }],
      postsCut: [],
      leadershipPostsBefore: 5,
      leadershipPostsAfter: 4,
      dutyOwnerChanges: [{ duty: { id: 'd1', title: 'Duty', titleEn: null, category: null }, before: [{ kind: 'OFFICE', ...named('o1') }], after: [] }],
      villagesRehomed: [{ village: { ...named('v1'), kind: 'ADMINISTRATIVE' }, fromUnit: { label: 'Township', ...named('t1') }, toUnit: { label: 'Office', ...named('o2') }, on: '2021-01-01' }],
      stationPartyRelationsMoved: [{ station: named('s1'), fromOrganization: { ...named('b1'), kind: 'BRANCH' }, toOrganization: { ...named('b2'), kind: 'BRANCH' }, on: '2021-01-01', basis: null }],
      appointments: [{ person: named('p1'), post: post('o2:director'), on: '2021-01-01', acting: true }],
      departures: [],
    },
    key: 'leadershipPostsBefore',
  },
  {
    statement: 'township-stats/count-township-stats',
    decoder: townshipStatsRow,
    row: {
      townshipCount: 1,
      town: { ...named('t1'), dataFrom: '2020-01-01' },
      administrativeVillages: 3,
      residentialVillages: 1,
      villages: 4,
      offices: 2,
      officesByKind: [{ kind: 'OFFICE', count: 2 }],
      leadershipPosts: 5,
      middlePosts: 4,
      middlePostsFilled: 3,
      middlePostsActingOnly: 1,
      peopleHoldingPosts: 7,
      stations: 1,
      duties: 9,
    },
    key: 'middlePostsFilled',
  },
  { statement: 'system/get-graph-revision', decoder: graphRevisionRow, row: { revision: 3 }, key: 'revision' },
  { statement: 'system/get-database-info', decoder: databaseInfoRow, row: { name: 'neo4j', version: '5.26.0', edition: 'community', counts: [{ label: 'Duty', count: 3 }] }, key: 'edition' },
  { statement: 'system/get-graph-revision', decoder: graphRevisionRow, row: { revision: 7 }, key: 'revision' },
  {
    statement: 'search/find-duties-to-embed',
    decoder: dutyToEmbedRow,
    row: { id: 'd1', title: null, titleEn: null, description: null, descriptionEn: null, keywords: [], listText: null },
    key: 'listText',
  },
  { statement: 'search/find-duty-meanings', decoder: meaningKeyRow, row: { key: 'zh:abc' }, key: 'key' },
  { statement: 'dataset/count-nodes', decoder: nodeCountRow, row: { nodes: 12 }, key: 'nodes' },
  { statement: 'dataset/scan-ids', decoder: idRow, row: { id: 'p1', label: 'Post', singleHolder: true }, key: 'singleHolder' },
  { statement: 'dataset/scan-duty-parents', decoder: partOfRow, row: { duty: 'd1', parent: 'd0' }, key: 'parent' },
  { statement: 'dataset/find-existing-ids', decoder: existingIdRow, row: { id: 'd1', label: 'Duty', singleHolder: null, partOf: [{ duty: 'd1', parent: 'd0' }] }, key: 'partOf' },
  { statement: 'dataset/transaction-memory-limit', decoder: settingRow, row: { name: 'db.memory.transaction.max', value: '0B' }, key: 'value' },
  { statement: 'dataset/export-townships', decoder: exportRow, row: { record: { id: 't1', name: 'Town' } }, key: 'record' },
  { statement: 'dataset/find-list-members', decoder: listMembersRow, row: { township: 't1', offices: ['o1'], posts: [], duties: ['d1'] }, key: 'posts' },
  { statement: 'dataset/find-township-members', decoder: townshipMembersRow(['townships', 'duties']), row: { townships: ['t1'], duties: ['d1'] }, key: 'duties' },
  {
    statement: 'mutations/find-nodes',
    decoder: mutationRows.foundNodeRow,
    row: { id: 'd1', label: 'Duty', props: { id: 'd1', title: 'Duty' }, township: null, partOf: [{ duty: 'd1', parent: 'd0' }] },
    key: 'partOf',
  },
  { statement: 'mutations/find-edges', decoder: mutationRows.foundEdgesRow, row: { id: 'p1', edges: [edgeFact] }, key: 'edges' },
  { statement: 'mutations/claim-idempotency-key', decoder: mutationRows.idempotencyKeyRow, row: { hash: null, result: null }, key: 'result' },
  { statement: 'mutations/store-idempotency-key', decoder: mutationRows.storedKeyRow, row: { key: 'k1' }, key: 'key' },
  { statement: 'mutations/lock-nodes', decoder: mutationRows.lockedCountRow, row: { locked: 2 }, key: 'locked' },
  { statement: 'mutations/close-edges', decoder: mutationRows.closedCountRow, row: { closed: 1 }, key: 'closed' },
  { statement: 'mutations/close-offices', decoder: mutationRows.closedCountRow, row: { closed: 1 }, key: 'closed' },
  { statement: 'mutations/close-posts', decoder: mutationRows.cutCountRow, row: { cut: 1 }, key: 'cut' },
  { statement: 'mutations/create-holds', decoder: mutationRows.createdCountRow, row: { created: 1 }, key: 'created' },
  { statement: 'mutations/create-responsibilities', decoder: mutationRows.createdCountRow, row: { created: 1 }, key: 'created' },
  { statement: 'mutations/set-town-consulted', decoder: mutationRows.updatedCountRow, row: { updated: 1 }, key: 'updated' },
  {
    statement: 'mutations/delete-node',
    decoder: mutationRows.deletedNodeRow,
    row: { props: { id: 'o1', name: 'Office' }, edges: [{ type: 'IN', outgoing: true, other: 't1', properties: { from: '2020-01-01' } }] },
    key: 'edges',
  },
  { statement: 'mutations/record-change', decoder: mutationRows.recordedChangeRow, row: { id: 'c1' }, key: 'id' },
  {
    statement: 'mutations/list-change-log',
    decoder: mutationRows.changeLogRow,
    row: { totalCount: 1, hasPreviousPage: false, hasNextPage: false, items: [auditRecord], positions: [{ key: auditRecord.at, type: 'DATETIME', id: 'c1' }] },
    key: 'totalCount',
  },
  { statement: 'mutations/find-creation-change', decoder: mutationRows.creationChangeRow, row: { change: auditRecord }, key: 'change' },
];

const REPOSITORIES = [
  ChangesRepository,
  DatasetRepository,
  DutyAuditRepository,
  DutyMeaningRepository,
  MutationRepository,
  ResponsibilityRepository,
  StationPartyRepository,
  SystemRepository,
  TownshipStatsRepository,
];

describe('row decoders of the non-entity statements', () => {
  it('cover every statement of those repositories that returns rows (the others only write)', () => {
    const catalog = loadCatalog();
    const statements = [...new Set(REPOSITORIES.flatMap((repository) => [...repository.queries]))];
    // A statement returns rows when its last part, unindented, RETURNs (a write RETURNs only inside subqueries).
    const returning = statements.filter((name) => /^RETURN\b/m.test(catalog.source(name)));
    const decoded = new Set(SAMPLES.map((sample) => sample.statement));
    const exports = returning.filter((name) => name.startsWith('dataset/export-'));
    // The executor advances the graph's revision as the last statement of every write and reads no row of it.
    const unread = ['system/advance-graph-revision'];
    expect(returning.filter((name) => !decoded.has(name) && !exports.includes(name) && !unread.includes(name))).toEqual([]);
    // Every export statement returns one dataset record per row, under `record`: the same decoder.
    expect(exports.length).toBe(10);
  });

  it.each(SAMPLES)('$statement: reads a row shaped as the statement returns it', ({ statement, decoder, row }) => {
    expect(() => decodeRows(statement, decoder, [row])).not.toThrow();
  });

  it.each(SAMPLES)('$statement: a missing key fails naming the statement and the key', ({ statement, decoder, row, key }) => {
    const { [key]: _missing, ...rest } = row;
    expect(() => decodeRows(statement, decoder, [rest])).toThrow(`cypher/queries/${statement}.cypher returned a row its decoder cannot read: ${key}: key missing`);
  });

  it.each(SAMPLES)('$statement: a misnamed key fails naming both names', ({ statement, decoder, row, key }) => {
    const { [key]: value, ...rest } = row;
    const misnamed = { ...rest, [`${key}s`]: value };
    expect(() => decodeRows(statement, decoder, [misnamed])).toThrow(new RegExp(`${key}: key missing.*unexpected key "${key}s"`));
  });
});

describe('what the decoders make of a row', () => {
  it('a node without a name shows its id, and a missing list property is empty (as before the decoders)', () => {
    const row = decodeOnlyRow('audit/audit-duties', auditDutiesRow, [SAMPLES[0]!.row]);
    const [evidence] = row.evidence;
    expect(evidence?.duty).toEqual({ ...auditDuty, title: 'd1', keywords: [], itemType: null, legalBases: [] });
    expect(evidence?.basis).toBeNull();
    expect(evidence?.owners[0]?.deputies).toEqual([]);
  });

  it("puts each audited duty's owners back in place from the owners sent once, and names an owner sent without its evidence", () => {
    type AuditOwnerRef = { id: string; role: string; responsibility: { from: string; to: null } };
    const shared = structuredClone(SAMPLES[0]!.row) as Json & { evidence: { duty: Json; parentId: string | null; owners: AuditOwnerRef[] }[] };
    shared.audited = ['d1', 'd2'];
    shared.evidence.push({ duty: { ...auditDuty, id: 'd2' }, parentId: 'd1', owners: [{ id: 'o1', role: 'ASSIST', responsibility: { from: '2021-01-01', to: null } }] });
    const [first, second] = decodeOnlyRow('audit/audit-duties', auditDutiesRow, [shared]).evidence;
    expect(first?.owners.map((owner) => [owner.owner.id, owner.role, owner.staffPosts[0]?.post.id])).toEqual([['o1', 'LEAD', 'o1:director']]);
    expect(second?.owners.map((owner) => [owner.owner.id, owner.role, owner.responsibility.from, owner.leadersInCharge[0]?.post.id])).toEqual([['o1', 'ASSIST', '2021-01-01', 't1:leader']]);
    shared.evidence[1]!.owners[0]!.id = 'o9';
    expect(() => decodeOnlyRow('audit/audit-duties', auditDutiesRow, [shared])).toThrow(/evidence\[1\]\.owners\[0\]\.id.*owner o9 is not among the owners/);
  });

  it("keeps a party organisation's township only where the statement names it", () => {
    const stations = decodeOnlyRow('station-party/list-station-party-relations', stationPartyRow, [SAMPLES[2]!.row]).stations;
    expect(stations[0]?.relations[0]?.organization).toEqual({ id: 'b1', name: 'b1', nameEn: null, kind: 'BRANCH', townshipId: 't1' });
    const moved = decodeOnlyRow('changes/list-changes', listChangesRow, [SAMPLES[3]!.row]).stationPartyRelationsMoved;
    expect(moved[0]?.fromOrganization.townshipId).toBeNull();
  });

  it('names the path to a wrong value deep in a row, and the row among many', () => {
    const bad = structuredClone(SAMPLES[0]!.row) as { evidence: { owners: { role: string }[] }[] };
    bad.evidence[0]!.owners[0]!.role = 'LEADS';
    expect(() => decodeOnlyRow('audit/audit-duties', auditDutiesRow, [bad])).toThrow('evidence[0].owners[0].role');
    expect(() => decodeRows('dataset/scan-ids', idRow, [{ id: 'a', label: 'Post', singleHolder: null }, { id: 'b', label: 3, singleHolder: null }])).toThrow(
      'dataset/scan-ids.cypher returned a row its decoder cannot read: row 1 label',
    );
  });

  it('fails when a statement that returns one row returns none', () => {
    expect(() => decodeOnlyRow('changes/list-changes', listChangesRow, [])).toThrow(RowShapeError);
    expect(() => decodeOnlyRow('changes/list-changes', listChangesRow, [])).toThrow('expected one row, got 0');
  });

  it("reads a mutation's facts as the rules expect them: a flag the edge lacks is false, absent JSON is empty, an unknown edge type fails", () => {
    const [edges] = decodeRows('mutations/find-edges', mutationRows.foundEdgesRow, [{ id: 'p1', edges: [edgeFact] }]);
    expect(edges?.edges[0]).toMatchObject({ acting: false, townConsulted: null, type: 'HOLDS' });
    const [change] = decodeRows('mutations/find-creation-change', mutationRows.creationChangeRow, [{ change: { ...auditRecord, arguments: null, diff: null, entities: null } }]);
    expect(change?.change).toEqual({ ...auditRecord, arguments: '{}', diff: '[]', entities: [] });
    expect(() => decodeRows('mutations/find-edges', mutationRows.foundEdgesRow, [{ id: 'p1', edges: [{ ...edgeFact, type: 'KNOWS' }] }])).toThrow('edges[0].type');
  });
});
