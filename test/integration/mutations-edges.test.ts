import type { Viewer } from '../../src/auth/roles';
import { TestGraphQL } from '../helpers/graphql';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';
import { importPilotTown, PilotTown } from './pilot-town.fixture';

const VALUE = '__typename ... on TextValue { text } ... on DateValue { date } ... on BooleanValue { boolean } ... on NumberValue { number } ... on ReferenceValue { entityId } ... on TextListValue { texts }';
const CHANGE = `id actor mutation arguments { name value { ${VALUE} } } entities touched { entityId label changes { field before { ${VALUE} } after { ${VALUE} } } }`;
/** A change's typed values by path (or an argument list by name), as `{ path: value }`. */
const byPath = (changes: { field?: string; name?: string; before?: unknown; after?: unknown; value?: unknown }[], side: 'before' | 'after' | 'value') =>
  Object.fromEntries(changes.map((change) => [change.field ?? change.name, change[side]]));
const STAFF: Viewer = { subject: 'clerk', roles: ['staff'], anonymous: false };
const VIEWER: Viewer = { subject: 'visitor', roles: ['viewer'], anonymous: false };
const DISCIPLINE: Viewer = { subject: 'secretary', roles: ['discipline'], anonymous: false };
const ADMIN: Viewer = { subject: 'organisation-office', roles: ['admin'], anonymous: false };

interface Problem {
  field: string;
  message: string;
}

describe('mutations of entities and dated edges, on the real Neo4j', () => {
  let db: TestDatabase;
  let gql: TestGraphQL;
  let town: PilotTown;
  let id: (fixtureId: string) => string;

  beforeAll(async () => {
    db = await openTestDatabase();
    gql = await TestGraphQL.create(db.executor);
    town = await importPilotTown(db);
    id = town.id;
  });
  afterAll(async () => {
    await db.driver.executeQuery('MATCH (c:Change) WHERE any(e IN c.entities WHERE e STARTS WITH $prefix) DELETE c', { prefix: town.prefix });
    await town.remove();
    await gql.stop();
    await db.close();
  });

  const mutate = async <T = Record<string, any>>(query: string, variables: Record<string, unknown>, viewer: Viewer = ADMIN): Promise<T> => {
    const result = await gql.run<T>(query, variables, viewer);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  };
  const failure = async (query: string, variables: Record<string, unknown>, viewer: Viewer = ADMIN) => {
    const result = await gql.run(query, variables, viewer);
    expect(result.errors).toHaveLength(1);
    const error = result.errors![0]!;
    return { code: error.extensions?.code as string, problems: (error.extensions?.problems ?? []) as Problem[], message: error.message };
  };
  const count = async (cypher: string, params: Record<string, unknown> = {}): Promise<number> => {
    const { records } = await db.driver.executeQuery(cypher, params);
    return Number(records[0]?.get(0) ?? 0);
  };
  /** A count of every node and edge with this test's prefix (and their change records): a failed mutation leaves it as it was. */
  const fingerprint = async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $prefix
       OPTIONAL MATCH (n)-[r]-()
       WITH count(DISTINCT n) AS nodes, count(DISTINCT r) AS edges, collect(DISTINCT properties(r)) AS props
       RETURN nodes, edges, props, COUNT { MATCH (c:Change) WHERE any(e IN c.entities WHERE e STARTS WITH $prefix) } AS changes`,
      { prefix: town.prefix },
    );
    return JSON.stringify(records[0]!.toObject());
  };

  const APPOINT = `mutation($person: ID!, $post: ID!, $from: Date!, $acting: Boolean) { appoint(person: $person, post: $post, from: $from, acting: $acting) { change { ${CHANGE} } } }`;
  const END = `mutation($person: ID!, $post: ID!, $on: Date!) { endAppointment(person: $person, post: $post, on: $on) { change { ${CHANGE} } } }`;
  const ASSIGN = `mutation($owner: ID!, $duty: ID!, $role: OwnerRole!, $from: Date!, $override: OverrideInput) { assignDuty(owner: $owner, duty: $duty, role: $role, from: $from, override: $override) { change { ${CHANGE} } } }`;
  const UNASSIGN = `mutation($owner: ID!, $duty: ID!, $on: Date!) { unassignDuty(owner: $owner, duty: $duty, on: $on) { change { ${CHANGE} } } }`;

  describe('entities', () => {
    it('creates and updates an office, a person, a village, a station and party organisations, each with its change record', async () => {
      await mutate(`mutation($id: ID!, $input: OfficeInput!) { createOffice(id: $id, input: $input) { change { id } } }`, {
        id: id('office:sub-district'),
        input: { name: '街道办', nameEn: 'Sub-district Office', kind: 'SUB_DISTRICT_OFFICE', township: town.township, from: '2008-01-01' },
      });
      const updated = await mutate(`mutation($id: ID!, $input: OfficeInput!) { updateOffice(id: $id, input: $input) { change { ${CHANGE} } } }`, {
        id: id('office:sub-district'),
        input: { nameEn: 'Sub-district Office (old town)' },
      });
      const touched = updated.updateOffice.change.touched[0];
      expect(byPath(touched.changes, 'before')).toEqual({ nameEn: { __typename: 'TextValue', text: 'Sub-district Office' } });
      expect(byPath(touched.changes, 'after')).toEqual({ nameEn: { __typename: 'TextValue', text: 'Sub-district Office (old town)' } });

      await mutate(`mutation($id: ID!, $input: VillageInput!) { createVillage(id: $id, input: $input) { change { id } } }`, {
        id: id('village:east'),
        input: { name: '东村', kind: 'ADMINISTRATIVE', unit: id('office:sub-district'), from: '2008-01-01' },
      });
      await mutate(`mutation($id: ID!, $input: PersonInput!) { createPerson(id: $id, input: $input) { change { id } } }`, { id: id('person:5p846dp8s2'), input: { name: '孙丽', gender: 'F' } });
      await mutate(`mutation($id: ID!, $input: DepartmentInput!) { createDepartment(id: $id, input: $input) { change { id } } }`, { id: id('dept:land'), input: { name: '国土局' } });
      await mutate(`mutation($id: ID!, $input: StationInput!) { createStation(id: $id, input: $input) { change { id } } }`, {
        id: id('station:land'),
        input: { name: '国土所', department: id('dept:land'), township: town.township, from: '2008-01-01' },
      });
      await mutate(`mutation($id: ID!, $input: PartyOrganizationInput!) { createPartyOrganization(id: $id, input: $input) { change { id } } }`, {
        id: id('party:town'),
        input: { name: '镇党委', kind: 'TOWN_COMMITTEE', township: town.township },
      });
      await mutate(`mutation($id: ID!, $input: PartyOrganizationInput!) { createPartyOrganization(id: $id, input: $input) { change { id } } }`, {
        id: id('party:land-bureau'),
        input: { name: '国土局党委', kind: 'DEPARTMENT_COMMITTEE', department: id('dept:land') },
      });
      await mutate(`mutation($id: ID!, $input: PostInput!) { createPost(id: $id, input: $input) { change { id } } }`, {
        id: id('post:land-station-head'),
        input: { name: '国土所所长', level: 'STATION_HEAD', rank: 'PRINCIPAL', from: '2008-01-01', unit: id('station:land') },
      });
      await mutate(`mutation($id: ID!, $input: DutyInput!) { createDuty(id: $id, input: $input) { change { id } } }`, {
        id: id('duty:land-patrol'),
        input: { title: '土地巡查', titleEn: 'Land patrol', category: 'BASIC', township: town.township, keywords: ['土地', 'land'], parent: id('duty:village-organisations') },
      });
      await mutate(`mutation($id: ID!, $input: DocumentInput!) { createDocument(id: $id, input: $input) { change { id } } }`, { id: id('doc:rules'), input: { title: '村务规则', township: town.township } });
      await mutate(`mutation($id: ID!, $input: TownshipInput!) { updateTownship(id: $id, input: $input) { change { id } } }`, { id: town.township, input: { population: 73000 } });

      expect(await count('MATCH (v:Village {id: $v})-[u:UNDER]->(o:Office {id: $o}) WHERE u.from = date("2008-01-01") RETURN count(u)', { v: id('village:east'), o: id('office:sub-district') })).toBe(1);
      expect(await count('MATCH (s:Station {id: $s})-[:RUN_BY]->(:Department) RETURN count(*)', { s: id('station:land') })).toBe(1);
      expect(await count('MATCH (d:Duty {id: $d})-[:PART_OF]->(:Duty {id: $p}) RETURN count(*)', { d: id('duty:land-patrol'), p: id('duty:village-organisations') })).toBe(1);
      expect(await count('MATCH (t:Township {id: $t}) RETURN t.population', { t: town.township })).toBe(73000);
    });

    it('reports every problem of an entity input at once, with field paths, and writes nothing', async () => {
      const before = await fingerprint();
      const { code, problems } = await failure(`mutation($id: ID!, $input: OfficeInput!) { createOffice(id: $id, input: $input) { change { id } } }`, {
        id: id('office:bad'),
        input: { name: 'x'.repeat(300), kind: 'DEPARTMENT', township: id('duty:village-organisations'), from: '2008-09-01', to: '2008-01-01' },
      });
      expect(code).toBe('BAD_USER_INPUT');
      // Format (name, kind) and the record's references and dates (township, to) in one answer (issue 20).
      expect(problems.map((problem) => problem.field).sort()).toEqual(['input.kind', 'input.name', 'input.to', 'input.township']);

      const record = await failure(`mutation($id: ID!, $input: OfficeInput!) { createOffice(id: $id, input: $input) { change { id } } }`, {
        id: id('office:bad'),
        input: { name: '坏', kind: 'OFFICE', township: id('duty:village-organisations'), from: '2008-09-01', to: '2008-01-01' },
      });
      expect(record.code).toBe('BAD_USER_INPUT');
      expect(record.problems.map((problem) => problem.field).sort()).toEqual(['input.to', 'input.township']);
      expect(record.problems.find((problem) => problem.field === 'input.township')!.message).toMatch(/is a Duty; expected a Township/);

      const existing = await failure(`mutation($id: ID!, $input: OfficeInput!) { createOffice(id: $id, input: $input) { change { id } } }`, {
        id: id('office:party-affairs'),
        input: { name: '重复', kind: 'OFFICE', township: town.township, from: '2008-09-01' },
      });
      expect(existing.problems).toEqual([{ field: 'id', message: expect.stringContaining('already exists') }]);

      const cycle = await failure(`mutation($id: ID!, $input: DutyInput!) { updateDuty(id: $id, input: $input) { change { id } } }`, {
        id: id('duty:village-organisations'),
        input: { parent: id('duty:village-affairs-rules') },
      });
      expect(cycle.problems).toEqual([{ field: 'input.parent', message: expect.stringContaining('PART_OF cycle') }]);

      const missing = await failure(`mutation($id: ID!, $input: PostInput!) { updatePost(id: $id, input: $input) { change { id } } }`, { id: id('post:none'), input: { name: 'x' } });
      expect(missing.code).toBe('NOT_FOUND');
      expect(await fingerprint()).toBe(before);
    });
  });

  describe('appointments', () => {
    it('appoints, refuses overlaps and a second substantive holder with every problem at once, allows an acting one, and ends it', async () => {
      const post = id('post:social-affairs-director');
      const appointed = await mutate(APPOINT, { person: id('person:h43kqg25gr'), post, from: '2008-09-20' });
      expect(appointed.appoint.change).toMatchObject({ mutation: 'appoint', actor: 'organisation-office', entities: [id('person:h43kqg25gr'), post] });
      expect(byPath(appointed.appoint.change.arguments, 'value')).toMatchObject({ person: { entityId: id('person:h43kqg25gr') }, post: { entityId: post }, from: { __typename: 'DateValue', date: '2008-09-20' }, acting: { boolean: false } });

      const before = await fingerprint();
      const twice = await failure(APPOINT, { person: id('person:h43kqg25gr'), post, from: '2008-10-01' });
      expect(twice.code).toBe('BAD_USER_INPUT');
      expect(twice.problems).toEqual([{ field: 'from', message: expect.stringContaining('overlaps the appointment') }]);

      const second = await failure(APPOINT, { person: id('person:c7cshqmcfv'), post, from: '2008-10-01' });
      expect(second.problems).toEqual([{ field: 'post', message: expect.stringContaining('has a single holder') }]);

      const many = await failure(APPOINT, { person: id('office:party-affairs'), post: id('duty:homestead-approval'), from: '2008-10-01' });
      expect(many.problems.map((problem) => problem.field)).toEqual(['person', 'post']);

      const beforePost = await failure(APPOINT, { person: id('person:c7cshqmcfv'), post: id('post:civil-affairs-chief'), from: '2008-10-01' });
      expect(beforePost.problems).toEqual([{ field: 'from', message: expect.stringContaining('does not exist on 2008-10-01') }]);
      expect(await fingerprint()).toBe(before);

      await mutate(APPOINT, { person: id('person:c7cshqmcfv'), post, from: '2008-10-01', acting: true });
      await mutate(END, { person: id('person:h43kqg25gr'), post, on: '2008-10-15' });
      expect(await count('MATCH (:Person {id: $p})-[h:HOLDS]->(:Post {id: $post}) WHERE h.to = date("2008-10-15") RETURN count(h)', { p: id('person:h43kqg25gr'), post })).toBe(1);
      const notHeld = await failure(END, { person: id('person:h43kqg25gr'), post, on: '2008-11-01' });
      expect(notHeld.problems).toEqual([{ field: 'on', message: expect.stringContaining('holds no appointment') }]);
    });

    it('refuses to make a post single-holder while two people hold it substantively at once', async () => {
      const post = id('post:shared-clerk');
      const SAVE_POST = `mutation($id: ID!, $input: PostInput!) { createPost(id: $id, input: $input) { change { id } } }`;
      await mutate(SAVE_POST, { id: post, input: { name: '文书', level: 'STAFF', rank: 'MEMBER', singleHolder: false, from: '2008-09-01', unit: id('office:party-affairs') } });
      await mutate(APPOINT, { person: id('person:t2fb4w34np'), post, from: '2008-09-01' });
      await mutate(APPOINT, { person: id('person:c7cshqmcfv'), post, from: '2008-09-15' });

      const before = await fingerprint();
      const refused = await failure(`mutation($id: ID!, $input: PostInput!) { updatePost(id: $id, input: $input) { change { id } } }`, { id: post, input: { singleHolder: true } });
      expect(refused.code).toBe('BAD_USER_INPUT');
      expect(refused.problems).toEqual([{ field: 'input.singleHolder', message: expect.stringContaining('hold it substantively at the same time') }]);
      expect(await fingerprint()).toBe(before);
    });

    it('two concurrent appointments to one single-holder post: one succeeds, the other gets CONFLICT', async () => {
      const post = id('post:party-affairs-director');
      // person:3nkhq83zb4 holds it from 2008-09-20 in the fixture; end that first, then race two new holders.
      await mutate(END, { person: id('person:3nkhq83zb4'), post, on: '2008-12-01' });
      const results = await Promise.all([
        gql.run(APPOINT, { person: id('person:t2fb4w34np'), post, from: '2008-12-01' }, ADMIN),
        gql.run(APPOINT, { person: id('person:c7cshqmcfv'), post, from: '2008-12-01' }, ADMIN),
      ]);
      const codes = results.map((result) => (result.errors ? String(result.errors[0]?.extensions?.code) : 'OK')).sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      expect(await count('MATCH (:Person)-[h:HOLDS]->(:Post {id: $post}) WHERE h.from = date("2008-12-01") RETURN count(h)', { post })).toBe(1);
    });

    it('records whether the town was consulted on a station-head appointment', async () => {
      const post = id('post:land-station-head');
      await mutate(APPOINT, { person: id('person:5p846dp8s2'), post, from: '2008-03-01' });
      await mutate(`mutation($p: ID!, $post: ID!) { recordStationHeadConsultation(person: $p, post: $post, from: "2008-03-01", townConsulted: false) { change { id } } }`, { p: id('person:5p846dp8s2'), post });
      expect(await count('MATCH (:Person {id: $p})-[h:HOLDS]->(:Post {id: $post}) WHERE h.townConsulted = false RETURN count(h)', { p: id('person:5p846dp8s2'), post })).toBe(1);
      const wrong = await failure(`mutation($p: ID!, $post: ID!) { recordStationHeadConsultation(person: $p, post: $post, from: "2008-01-01", townConsulted: true) { change { id } } }`, {
        p: id('person:t2fb4w34np'),
        post: id('post:deputy-party-secretary'),
      });
      expect(wrong.problems.map((problem) => problem.field)).toEqual(['post']);
    });
  });

  describe('duties, leaders, villages and party relations', () => {
    it('assigns and unassigns duties; a second lead owner needs an override with a reason', async () => {
      const duty = id('duty:homestead-approval');
      await mutate(ASSIGN, { owner: id('office:social-affairs'), duty, role: 'LEAD', from: '2008-09-01' });
      const before = await fingerprint();
      const overlap = await failure(ASSIGN, { owner: id('office:party-affairs'), duty, role: 'LEAD', from: '2008-10-01' });
      expect(overlap.code).toBe('BAD_USER_INPUT');
      expect(overlap.problems).toEqual([{ field: 'role', message: expect.stringContaining('OVERLAP') }]);
      const shortReason = await failure(ASSIGN, { owner: id('office:party-affairs'), duty, role: 'LEAD', from: '2008-10-01', override: { reason: 'x' } });
      expect(shortReason.problems.map((problem) => problem.field)).toEqual(['override.reason']);
      expect(await fingerprint()).toBe(before);

      await mutate(ASSIGN, { owner: id('office:party-affairs'), duty, role: 'LEAD', from: '2008-10-01', override: { reason: 'joint lead during the handover' } });
      expect(await count('MATCH (:Office {id: $o})-[r:RESPONSIBLE_FOR]->(:Duty {id: $d}) WHERE r.overrideReason IS NOT NULL RETURN count(r)', { o: id('office:party-affairs'), d: duty })).toBe(1);
      await mutate(UNASSIGN, { owner: id('office:party-affairs'), duty, on: '2008-11-01' });
      const none = await failure(UNASSIGN, { owner: id('office:party-affairs'), duty, on: '2008-12-01' });
      expect(none.problems.map((problem) => problem.field)).toEqual(['on']);
    });

    it('sets the leader in charge (closing the previous one), moves a village and a station party relation', async () => {
      const office = id('office:social-affairs');
      await mutate(`mutation($o: ID!, $p: ID!) { setLeaderInCharge(office: $o, post: $p, from: "2009-01-01") { change { id } } }`, { o: office, p: id('post:deputy-party-secretary') });
      expect(await count('MATCH (:Post {id: $p})-[r:IN_CHARGE_OF]->(:Office {id: $o}) WHERE r.to = date("2009-01-01") RETURN count(r)', { p: id('post:deputy-mayor-agriculture'), o: office })).toBe(1);
      const notLeader = await failure(`mutation($o: ID!, $p: ID!) { setLeaderInCharge(office: $o, post: $p, from: "2009-02-01") { change { id } } }`, { o: office, p: id('post:party-affairs-director') });
      expect(notLeader.problems).toEqual([{ field: 'post', message: expect.stringContaining('only leadership posts') }]);

      await mutate(`mutation($v: ID!, $u: ID!) { moveVillage(village: $v, unit: $u, on: "2008-10-08") { change { id } } }`, { v: id('village:east'), u: town.township });
      expect(await count('MATCH (:Village {id: $v})-[u:UNDER]->(t:Township) WHERE u.from = date("2008-10-08") RETURN count(u)', { v: id('village:east') })).toBe(1);
      const same = await failure(`mutation($v: ID!, $u: ID!) { moveVillage(village: $v, unit: $u, on: "2008-11-08") { change { id } } }`, { v: id('village:east'), u: town.township });
      expect(same.problems.map((problem) => problem.field)).toEqual(['unit']);

      const MOVE = `mutation($s: ID!, $o: ID!, $on: Date!, $e: String) { moveStationPartyRelation(station: $s, organization: $o, on: $on, basis: "市委文件", exemption: $e) { change { id } } }`;
      await mutate(MOVE, { s: id('station:land'), o: id('party:land-bureau'), on: '2008-01-01', e: null });
      await mutate(MOVE, { s: id('station:land'), o: id('party:town'), on: '2008-09-01', e: null });
      expect(await count('MATCH (:Station {id: $s})-[r:PARTY_RELATION]->(:PartyOrganization {id: $o}) WHERE r.to = date("2008-09-01") RETURN count(r)', { s: id('station:land'), o: id('party:land-bureau') })).toBe(1);
      const exemption = await failure(MOVE, { s: id('station:land'), o: id('party:town'), on: '2008-10-01', e: '上级规定' });
      expect(exemption.problems.map((problem) => problem.field).sort()).toEqual(['exemption', 'organization']);
    });
  });

  describe('roles, audit trail and hard delete', () => {
    it('refuses every mutation to viewer and staff with FORBIDDEN, writing nothing', async () => {
      const before = await fingerprint();
      for (const viewer of [VIEWER, STAFF, DISCIPLINE]) {
        const denied = await failure(APPOINT, { person: id('person:q2j0qbt2c1'), post: id('post:village-affairs-director'), from: '2008-12-01' }, viewer);
        expect(denied.code).toBe('FORBIDDEN');
        const entity = await failure(`mutation($id: ID!) { updatePerson(id: $id, input: {name: "x"}) { change { id } } }`, { id: id('person:q2j0qbt2c1') }, viewer);
        expect(entity.code).toBe('FORBIDDEN');
      }
      expect(await fingerprint()).toBe(before);
    });

    it('changeLog lists the changes newest first, filtered by entity and actor, for admin and discipline only', async () => {
      const LOG = `query($entity: ID, $actor: String, $first: Int, $after: String) {
        changeLog(entity: $entity, actor: $actor, first: $first, after: $after, from: "2000-01-01") {
          totalCount pageInfo { hasNextPage endCursor } edges { node { mutation actor entities touched { entityId changes { field } } } }
        } }`;
      const post = id('post:social-affairs-director');
      const page = await gql.run<any>(LOG, { entity: post, first: 2 }, DISCIPLINE);
      expect(page.errors).toBeUndefined();
      const log = page.data.changeLog;
      expect(log.totalCount).toBe(2);
      expect(log.edges.map((edge: any) => edge.node.mutation)).toEqual(['appoint', 'appoint']);
      expect(log.edges.every((edge: any) => edge.node.entities.includes(post))).toBe(true);
      const byActor = await gql.run<any>(LOG, { entity: id('person:h43kqg25gr'), actor: 'organisation-office', first: 1 }, ADMIN);
      expect(byActor.data.changeLog.edges[0].node.mutation).toBe('endAppointment');
      expect(byActor.data.changeLog.pageInfo.hasNextPage).toBe(true);
      const next = await gql.run<any>(LOG, { entity: id('person:h43kqg25gr'), first: 5, after: byActor.data.changeLog.pageInfo.endCursor }, ADMIN);
      expect(next.data.changeLog.edges.map((edge: any) => edge.node.mutation)).toEqual(['appoint']);
      for (const viewer of [STAFF, VIEWER]) {
        const denied = await gql.run(LOG, { entity: post }, viewer);
        expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('hard-deletes a record entered by mistake and records the deletion', async () => {
      await mutate(`mutation($id: ID!) { createPerson(id: $id, input: {name: "误录"}) { change { id } } }`, { id: id('person:b3736dtc14') });
      const deleted = await mutate(`mutation($id: ID!) { deleteRecordEnteredByMistake(id: $id, reason: "entered twice by mistake") { change { ${CHANGE} } } }`, { id: id('person:b3736dtc14') });
      const removed = deleted.deleteRecordEnteredByMistake.change.touched[0];
      expect(removed).toMatchObject({ entityId: id('person:b3736dtc14'), label: 'Person' });
      expect(removed.changes.every((change: { after: unknown }) => change.after === null)).toBe(true);
      expect(byPath(removed.changes, 'before')['props.name']).toEqual({ __typename: 'TextValue', text: '误录' });
      expect(await count('MATCH (p:Person {id: $id}) RETURN count(p)', { id: id('person:b3736dtc14') })).toBe(0);
      expect(await count('MATCH (c:Change {mutation: "deleteRecordEnteredByMistake"}) WHERE $id IN c.entities RETURN count(c)', { id: id('person:b3736dtc14') })).toBe(1);
      const gone = await failure(`mutation($id: ID!) { deleteRecordEnteredByMistake(id: $id, reason: "again") { change { id } } }`, { id: id('person:b3736dtc14') });
      expect(gone.code).toBe('NOT_FOUND');
    });
  });
});
