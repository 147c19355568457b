import fs from 'node:fs';
import { Role, Viewer } from '../../src/auth/roles';
import { SAMPLE_TOWN_FILE } from '../../src/sample-town';
import { TestGraphQL } from '../helpers/graphql';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';
import { EntitiesTown, importEntitiesTown } from './entities-town.fixture';

const AFTER = '2008-11-01';
const BEFORE = '2008-08-31';
const viewerWith = (role: Role): Viewer => ({ subject: `test-${role}`, roles: [role], anonymous: false });

describe('entity lookups, lists and navigation as of a day', () => {
  let db: TestDatabase;
  let gql: TestGraphQL;
  let town: EntitiesTown;
  let id: (fixtureId: string) => string;

  beforeAll(async () => {
    db = await openTestDatabase();
    gql = await TestGraphQL.create(db.executor);
    town = await importEntitiesTown(db);
    id = town.id;
  });
  afterAll(async () => {
    await town.remove();
    await gql.stop();
    await db.close();
  });

  const ids = (items: { id: string }[]) => items.map((item) => item.id);

  it('a person: posts held on the day (cross-posting, acting marked), duties, offices in charge, workload and history', async () => {
    const { person } = await gql.data(
      `query ($id: ID!, $asOf: Date) { person(id: $id, asOf: $asOf) {
         name gender birthDate partyMember crossPosted
         posts { post { id } unit { label: __typename ... on Node { id } } acting }
         appointments { post { id } from to }
         duties { duty { id } role owner { label: __typename ... on Node { id } } post { id } acting }
         officesInCharge { office { id } post { id } }
         workload { posts actingPosts officesInCharge leadDuties assistDuties residentCadreVillages } } }`,
      { id: id('person:504tr06fn4'), asOf: AFTER },
    );
    expect(person).toMatchObject({ name: '王芳', gender: 'F', birthDate: '1970-05-01', partyMember: true, crossPosted: true });
    expect(person.posts).toEqual([
      { post: { id: id('post:secretary') }, unit: { label: 'Township', id: town.township }, acting: false },
      { post: { id: id('post:pg-director') }, unit: { label: 'Office', id: id('office:party-government') }, acting: true },
    ]);
    expect(person.officesInCharge).toEqual([{ office: { id: id('office:party-government') }, post: { id: id('post:secretary') } }]);
    const duties = person.duties.map((d: { duty: { id: string }; role: string; owner: { id: string } }) => `${d.duty.id}|${d.role}|${d.owner.id}`);
    expect(duties.sort()).toEqual(
      [
        `${id('duty:documents')}|LEAD|${id('post:pg-director')}`,
        `${id('duty:documents')}|ASSIST|${id('post:secretary')}`,
        `${id('duty:overlap')}|LEAD|${id('post:secretary')}`,
        `${id('duty:admin')}|LEAD|${id('office:party-government')}`,
        `${id('duty:overlap')}|LEAD|${id('office:party-government')}`,
      ].sort(),
    );
    expect(person.workload).toEqual({ posts: 2, actingPosts: 1, officesInCharge: 1, leadDuties: 3, assistDuties: 1, residentCadreVillages: 0 });

    const before = await gql.data(`query ($id: ID!) { person(id: $id, asOf: "${BEFORE}") { posts { post { id } } appointments { post { id } from to } residentCadreIn { village { id } } } }`, { id: id('person:t2fb4w34np') });
    expect(before.person.posts).toEqual([{ post: { id: id('post:deputy-mayor') } }]);
    expect(before.person.appointments).toEqual([
      { post: { id: id('post:deputy-mayor') }, from: '2008-01-01', to: '2008-09-01' },
      { post: { id: id('post:pg-deputy') }, from: '2008-09-01', to: null },
    ]);
    expect(before.person.residentCadreIn).toEqual([]);
  });

  it('a post: unit, holders over time, current and acting holders, vacancy, deputies', async () => {
    const { post } = await gql.data(
      `query ($id: ID!) { post(id: $id, asOf: "${AFTER}") { unit { label: __typename ... on Node { id } } township { id } vacant deputies { id }
         holders { person { id } acting } actingHolders { person { id } } holderHistory { person { id } from } duties { duty { id } role } } }`,
      { id: id('post:pg-director') },
    );
    expect(post).toMatchObject({ unit: { label: 'Office', id: id('office:party-government') }, township: { id: town.township }, vacant: true });
    expect(post.deputies).toEqual([{ id: id('post:pg-deputy') }]);
    expect(post.holders).toEqual([{ person: { id: id('person:504tr06fn4') }, acting: true }]);
    expect(post.actingHolders).toEqual([{ person: { id: id('person:504tr06fn4') } }]);
    expect(post.duties).toEqual([{ duty: { id: id('duty:documents') }, role: 'LEAD' }]);

    const deputy = await gql.data(`query ($id: ID!) { post(id: $id, asOf: "${AFTER}") { deputyOf { id } vacant } }`, { id: id('post:pg-deputy') });
    expect(deputy.post).toEqual({ deputyOf: { id: id('post:pg-director') }, vacant: false });
    const mayor = await gql.data(`query ($id: ID!) { post(id: $id, asOf: "${BEFORE}") { inChargeOf { office { id } } holders { person { id } } } }`, { id: id('post:deputy-mayor') });
    expect(mayor.post).toEqual({ inChargeOf: [{ office: { id: id('office:general') } }], holders: [{ person: { id: id('person:t2fb4w34np') } }] });
  });

  it('an office: posts, people, duties, leader in charge, villages and mergers on the day', async () => {
    const { office } = await gql.data(
      `query ($id: ID!) { office(id: $id, asOf: "${AFTER}") { active kind township { id } posts { id } people { person { id } post { id } acting }
         duties { duty { id } role owner { label: __typename ... on Node { id } } } leadersInCharge { post { id } holders { person { id } } } mergedFrom { id } } }`,
      { id: id('office:party-government') },
    );
    expect(office).toMatchObject({ active: true, kind: 'OFFICE', township: { id: town.township }, mergedFrom: [{ id: id('office:general') }] });
    expect(ids(office.posts)).toEqual([id('post:pg-director'), id('post:pg-deputy')]);
    expect(office.people).toHaveLength(2);
    expect(office.leadersInCharge).toEqual([{ post: { id: id('post:secretary') }, holders: [{ person: { id: id('person:504tr06fn4') } }] }]);
    expect(office.duties.filter((d: { owner: { label: string } }) => d.owner.label === 'Office').map((d: { duty: { id: string } }) => d.duty.id)).toEqual([id('duty:admin'), id('duty:overlap')]);

    const subDistrict = await gql.data(`query ($id: ID!) { office(id: $id, asOf: "2008-09-15") { active villages { id } } }`, { id: id('office:sub-district') });
    expect(subDistrict.office).toEqual({ active: true, villages: [{ id: id('village:east') }] });
    const closed = await gql.data(`query ($id: ID!) { office(id: $id, asOf: "${AFTER}") { active to mergedInto { id } } }`, { id: id('office:general') });
    expect(closed.office).toEqual({ active: false, to: '2008-09-01', mergedInto: [{ id: id('office:party-government') }] });
  });

  it('a village: kind, the unit it is under over time, resident cadre and two-committee posts', async () => {
    const query = `query ($id: ID!, $asOf: Date) { village(id: $id, asOf: $asOf) { kind complex under { label: __typename ... on Node { id } } township { id }
      underHistory { unit { ... on Node { id } } from to } residentCadre { person { id } } posts { post { id } vacant holders { person { id } } } } }`;
    const { village } = await gql.data(query, { id: id('village:east'), asOf: AFTER });
    expect(village).toMatchObject({ kind: 'ADMINISTRATIVE', complex: true, under: { label: 'Township', id: town.township }, township: { id: town.township } });
    expect(village.underHistory).toEqual([
      { unit: { id: id('office:sub-district') }, from: '2008-01-01', to: '2008-10-01' },
      { unit: { id: town.township }, from: '2008-10-01', to: null },
    ]);
    expect(village.residentCadre).toEqual([{ person: { id: id('person:t2fb4w34np') } }]);
    expect(village.posts).toEqual([
      { post: { id: id('post:east-director') }, vacant: true, holders: [] },
      { post: { id: id('post:east-secretary') }, vacant: false, holders: [{ person: { id: id('person:hrqjhxb2hs') } }] },
    ]);
    const earlier = await gql.data(query, { id: id('village:east'), asOf: BEFORE });
    expect(earlier.village).toMatchObject({ under: { label: 'Office', id: id('office:sub-district') }, township: { id: town.township }, residentCadre: [] });
  });

  it('a station: department, township, party relation on the day and its history, head', async () => {
    const query = `query ($id: ID!, $asOf: Date) { station(id: $id, asOf: $asOf) { department { id } township { id }
      partyRelation { organization { id } from basis insideTownCommittee } partyRelations { organization { id } } heads { person { id } townConsulted } } }`;
    const { station } = await gql.data(query, { id: id('station:land'), asOf: AFTER });
    expect(station).toMatchObject({ department: { id: id('dept:land') }, township: { id: town.township } });
    expect(station.partyRelation).toEqual({ organization: { id: id('party:town-committee') }, from: '2008-10-15', basis: '属地管理', insideTownCommittee: true });
    expect(station.partyRelations).toHaveLength(2);
    expect(station.heads).toEqual([{ person: { id: id('person:5p846dp8s2') }, townConsulted: false }]);
    const earlier = await gql.data(query, { id: id('station:land'), asOf: BEFORE });
    expect(earlier.station.partyRelation).toMatchObject({ organization: { id: id('party:land-committee') }, insideTownCommittee: false });

    const { partyOrganization } = await gql.data(`query ($id: ID!) { partyOrganization(id: $id, asOf: "${BEFORE}") { kind department { id } stations { station { id } } } }`, { id: id('party:land-committee') });
    expect(partyOrganization).toEqual({ kind: 'DEPARTMENT_COMMITTEE', department: { id: id('dept:land') }, stations: [{ station: { id: id('station:land') } }] });
    const { department } = await gql.data(`query ($id: ID!) { department(id: $id, asOf: "${AFTER}") { stations { id } partyOrganizations { id } } }`, { id: id('dept:land') });
    expect(department).toEqual({ stations: [{ id: id('station:land') }], partyOrganizations: [{ id: id('party:land-committee') }] });
  });

  it('a duty: parent, children, owners with holders, basis and lead status; a document: its duties', async () => {
    const { duty } = await gql.data(
      `query ($id: ID!) { duty(id: $id, asOf: "${AFTER}") { parent { id } children { id } leadStatus leadCount basis { document { id } clause }
         owners { kind owner { ... on Node { id } } role holders { person { id } acting } } } }`,
      { id: id('duty:documents') },
    );
    expect(duty).toMatchObject({ parent: { id: id('duty:admin') }, children: [], leadStatus: 'LED', leadCount: 1, basis: { document: { id: id('doc:rules') }, clause: '第二条' } });
    expect(duty.owners).toEqual([
      { kind: 'POST', owner: { id: id('post:pg-director') }, role: 'LEAD', holders: [{ person: { id: id('person:504tr06fn4') }, acting: true }] },
      { kind: 'POST', owner: { id: id('post:secretary') }, role: 'ASSIST', holders: [{ person: { id: id('person:504tr06fn4') }, acting: false }] },
    ]);
    const admin = await gql.data(`query ($id: ID!) { duty(id: $id, asOf: "${BEFORE}") { children { id } owners { owner { ... on Node { id } } } } }`, { id: id('duty:admin') });
    expect(admin.duty).toEqual({ children: [{ id: id('duty:blank') }, { id: id('duty:documents') }], owners: [{ owner: { id: id('office:general') } }] });
    const { document } = await gql.data(`query ($id: ID!) { document(id: $id) { issuedOn duties { duty { id } clause } candidates { person { id } on } } }`, { id: id('doc:rules') });
    expect(document).toEqual({ issuedOn: '2008-09-01', duties: [{ duty: { id: id('duty:documents') }, clause: '第二条' }], candidates: [{ person: { id: id('person:t2fb4w34np') }, on: '2008-08-20' }] });
  });

  it('a township: offices, villages, stations and town-level posts on the day', async () => {
    const query = `query ($id: ID!, $asOf: Date) { township(id: $id, asOf: $asOf) { population dataFrom offices { id } villages { id } stations { id } posts { id } partyOrganizations { id } } }`;
    const { township } = await gql.data(query, { id: town.township, asOf: AFTER });
    expect(township).toEqual({
      population: 20000,
      dataFrom: '2008-01-01',
      offices: [{ id: id('office:party-government') }],
      villages: [{ id: id('village:east') }, { id: id('village:west') }],
      stations: [{ id: id('station:land') }],
      posts: [{ id: id('post:secretary') }, { id: id('post:deputy-mayor') }],
      partyOrganizations: [{ id: id('party:town-committee') }],
    });
    const before = await gql.data(query, { id: town.township, asOf: BEFORE });
    expect(ids(before.township.offices)).toEqual([id('office:general'), id('office:sub-district')]);
  });

  describe('lists', () => {
    it('filter by township, kind and text; sort both ways; page with cursors and totalCount', async () => {
      const list = `query ($township: ID, $after: String, $direction: SortDirection, $text: String) {
        posts(township: $township, asOf: "${AFTER}", first: 2, after: $after, sort: NAME_EN, direction: $direction, text: $text) {
          totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
      const first = await gql.data(list, { township: town.township });
      expect(first.posts.totalCount).toBe(7);
      expect(first.posts.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const second = await gql.data(list, { township: town.township, after: first.posts.pageInfo.endCursor });
      expect(second.posts.pageInfo.hasPreviousPage).toBe(true);
      const all = await gql.data(list.replace('first: 2', 'first: 100'), { township: town.township });
      const names = ids(all.posts.edges.map((edge: { node: { id: string } }) => edge.node));
      expect([...ids(first.posts.edges.map((e: { node: { id: string } }) => e.node)), ...ids(second.posts.edges.map((e: { node: { id: string } }) => e.node))]).toEqual(names.slice(0, 4));
      const descending = await gql.data(list.replace('first: 2', 'first: 100'), { township: town.township, direction: 'DESC' });
      expect(ids(descending.posts.edges.map((e: { node: { id: string } }) => e.node))).toEqual([...names].reverse());
      const text = await gql.data(list, { township: town.township, text: 'east village' });
      expect(text.posts.totalCount).toBe(2);

      const offices = await gql.data(`query ($t: ID) { a: offices(township: $t, asOf: "${AFTER}") { totalCount } b: offices(township: $t, asOf: "${AFTER}", includeClosed: true, kind: BUREAU) { edges { node { id } } } }`, { t: town.township });
      expect(offices.a.totalCount).toBe(1);
      expect(offices.b.edges).toEqual([{ node: { id: id('office:general') } }]);
      const villages = await gql.data(`query ($t: ID) { villages(township: $t, kind: RESIDENTIAL, asOf: "${AFTER}") { edges { node { id } } } }`, { t: town.township });
      expect(villages.villages.edges).toEqual([{ node: { id: id('village:west') } }]);
    });

    it('duties by lead status and category', async () => {
      const query = `query ($t: ID, $status: DutyLeadStatus, $category: DutyCategory) { duties(township: $t, asOf: "${AFTER}", leadStatus: $status, category: $category) { edges { node { id } } } }`;
      const overlap = await gql.data(query, { t: town.township, status: 'OVERLAP' });
      expect(overlap.duties.edges).toEqual([{ node: { id: id('duty:overlap') } }]);
      const blank = await gql.data(query, { t: town.township, status: 'BLANK' });
      expect(blank.duties.edges).toEqual([{ node: { id: id('duty:blank') } }]);
      const assisting = await gql.data(query, { t: town.township, category: 'ASSISTING' });
      expect(assisting.duties.edges).toEqual([{ node: { id: id('duty:blank') } }]);
    });
  });

  describe('errors', () => {
    it('an unknown id is NOT_FOUND naming the label and id', async () => {
      for (const field of ['township', 'office', 'post', 'person', 'village', 'station', 'department', 'partyOrganization', 'duty', 'document']) {
        const result = await gql.run<Record<string, unknown>>(`{ ${field}(id: "${town.prefix}nothing") { id } }`);
        expect(result.data?.[field] ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: `${town.prefix}nothing` });
        expect(result.statements).toHaveLength(1);
      }
    });

    it('a day before the data is BAD_USER_INPUT on asOf, for a lookup and for a list', async () => {
      const lookup = await gql.run(`query ($id: ID!) { office(id: $id, asOf: "2007-12-31") { id } }`, { id: id('office:general') });
      expect(lookup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
      const list = await gql.run(`query ($t: ID) { duties(township: $t, asOf: "2007-12-31") { totalCount } }`, { t: town.township });
      expect(list.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
      const ok = await gql.run(`query ($t: ID) { duties(township: $t, asOf: "2008-01-01") { totalCount } }`, { t: town.township });
      expect(ok.errors).toBeUndefined();
    });

    it('an unknown township is NOT_FOUND; a foreign cursor and a bad filter are BAD_USER_INPUT', async () => {
      const township = await gql.run(`{ stations(township: "${town.prefix}nowhere") { totalCount } }`);
      expect(township.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'township' });
      const cursor = await gql.run(`{ stations(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
      expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const kind = await gql.run(`{ offices(kind: PALACE) { totalCount } }`);
      expect(kind.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(kind.statements).toEqual([]);
    });
  });

  describe('personal data by role', () => {
    const codes = (result: { errors?: readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] }) =>
      (result.errors ?? []).map((error) => `${error.path?.filter((part) => typeof part === 'string').join('.')}:${String(error.extensions?.code)}`).sort();

    it('a viewer reads duties, offices, posts, villages and stations, but no names, appointments or party relations', async () => {
      const viewer = viewerWith('viewer');
      const open = await gql.run(
        `query ($o: ID!, $p: ID!, $v: ID!, $s: ID!, $d: ID!) {
           office(id: $o, asOf: "${AFTER}") { name posts { id } duties { duty { id } } leadersInCharge { post { id } } }
           post(id: $p, asOf: "${AFTER}") { name vacant unit { ... on Node { id } } }
           village(id: $v, asOf: "${AFTER}") { kind under { ... on Node { id } } posts { post { id } vacant } }
           station(id: $s, asOf: "${AFTER}") { department { id } posts { id } }
           duty(id: $d, asOf: "${AFTER}") { title owners { owner { ... on Node { id } } role } } }`,
        { o: id('office:party-government'), p: id('post:pg-director'), v: id('village:east'), s: id('station:land'), d: id('duty:documents') },
        viewer,
      );
      expect(open.errors).toBeUndefined();

      const closed = await gql.run(
        `query ($o: ID!, $p: ID!, $v: ID!, $s: ID!, $w: ID!) {
           office(id: $o, asOf: "${AFTER}") { id people { post { id } } leadersInCharge { holders { acting } } }
           post(id: $p, asOf: "${AFTER}") { id holders { acting } holderHistory { from } actingHolders { from } }
           village(id: $v, asOf: "${AFTER}") { id residentCadre { from } }
           station(id: $s, asOf: "${AFTER}") { id partyRelation { from } heads { from } }
           person(id: $w, asOf: "${AFTER}") { id } }`,
        { o: id('office:party-government'), p: id('post:pg-director'), v: id('village:east'), s: id('station:land'), w: id('person:504tr06fn4') },
        viewer,
      );
      expect(codes(closed)).toEqual(
        [
          'office.people:FORBIDDEN',
          'office.leadersInCharge.holders:FORBIDDEN',
          'post.holders:FORBIDDEN',
          'post.holderHistory:FORBIDDEN',
          'post.actingHolders:FORBIDDEN',
          'village.residentCadre:FORBIDDEN',
          'station.partyRelation:FORBIDDEN',
          'station.heads:FORBIDDEN',
          'person:FORBIDDEN',
        ].sort(),
      );
      // Each refused field fails alone: the rest of the answer arrives.
      expect(closed.data).toMatchObject({ office: { id: id('office:party-government'), people: null }, post: { id: id('post:pg-director'), holders: null } });
    });

    it('staff read names and appointments, but not party membership, party relations or consultations', async () => {
      const result = await gql.run(
        `query ($w: ID!, $s: ID!) {
           person(id: $w, asOf: "${AFTER}") { name birthDate gender posts { post { id } } appointments { from } partyMember }
           station(id: $s, asOf: "${AFTER}") { heads { person { name } townConsulted } partyRelations { from } } }`,
        { w: id('person:504tr06fn4'), s: id('station:land') },
        viewerWith('staff'),
      );
      expect(codes(result)).toEqual(['person.partyMember:FORBIDDEN', 'station.heads.townConsulted:FORBIDDEN', 'station.partyRelations:FORBIDDEN'].sort());
      expect(result.data).toMatchObject({ person: { name: '王芳', birthDate: '1970-05-01', gender: 'F', partyMember: null }, station: { heads: [{ person: { name: '孙敏' }, townConsulted: null }] } });
    });

    it('discipline reads party membership, party relations and consultations', async () => {
      const result = await gql.run(
        `query ($w: ID!, $s: ID!, $o: ID!) {
           person(id: $w, asOf: "${AFTER}") { partyMember }
           station(id: $s, asOf: "${AFTER}") { heads { townConsulted } partyRelation { insideTownCommittee } }
           partyOrganization(id: $o, asOf: "${AFTER}") { stations { station { id } } } }`,
        { w: id('person:504tr06fn4'), s: id('station:land'), o: id('party:town-committee') },
        viewerWith('discipline'),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        person: { partyMember: true },
        station: { heads: [{ townConsulted: false }], partyRelation: { insideTownCommittee: true } },
        partyOrganization: { stations: [{ station: { id: id('station:land') } }] },
      });
    });
  });

  // The sample town is written by someone else; these run only once it exists (global setup loads it).
  const sampleIt = fs.existsSync(SAMPLE_TOWN_FILE) ? it : it.skip;
  sampleIt('the sample town: 61 villages, six offices after the reform, the deputy party secretary in charge of party affairs', async () => {
    const data = await gql.data(`{
      villages(township: "town:lishun", asOf: "2008-11-01") { totalCount }
      offices(township: "town:lishun", asOf: "2008-11-01") { totalCount }
      post(id: "post:deputy-party-secretary", asOf: "2008-11-01") { inChargeOf { office { id } } } }`);
    expect(data.villages.totalCount).toBe(61);
    expect(data.offices.totalCount).toBe(6);
    expect(data.post.inChargeOf.map((charge: { office: { id: string } }) => charge.office.id)).toContain('office:party-affairs');
  });

  // person/people compute only the parts a selection reads; a narrow selection must see exactly what the full one sees.
  const PERSON_PARTS_SELECTED: Record<string, string> = {
    posts: 'posts { post { id } unit { ... on Node { id } } acting from to leadersInCharge { post { id } holders { person { id } acting } } }',
    postsWithoutLeaders: 'posts { post { id } acting }',
    crossPosted: 'crossPosted',
    appointments: 'appointments { post { id } unit { ... on Node { id } } from to acting }',
    duties: 'duties { duty { id } role owner { label: __typename ... on Node { id } } post { id } acting from to }',
    officesInCharge: 'officesInCharge { office { id } post { id } from to }',
    residentCadreIn: 'residentCadreIn { village { id } from to }',
    workload: 'workload { posts actingPosts officesInCharge leadDuties assistDuties residentCadreVillages }',
  };
  const everySelected = Object.values(PERSON_PARTS_SELECTED).join(' ');
  // duties(through:) keeps one route of the full duties: the statement then computes that route only.
  const DUTY_ROUTE_OWNERS = { POST: 'Post', OFFICE: 'Office' } as const;

  sampleIt.each(['2008-08-14', '2008-11-01'])('the sample town on %s: each narrow person selection equals the same fields of the full one', async (asOf) => {
    const full = await gql.data(`{ people(township: "town:lishun", asOf: "${asOf}", first: 100) { totalCount edges { node { id ${everySelected} } } } }`);
    const people = full.people.edges.map((edge: { node: unknown }) => edge.node);
    expect(full.people.totalCount).toBeGreaterThan(30);
    const byId = new Map(people.map((person: { id: string }) => [person.id, person]));
    const seen = { duties: 0, residentCadreIn: 0, officesInCharge: 0, leaders: 0 };
    for (const [name, selection] of Object.entries(PERSON_PARTS_SELECTED)) {
      const narrow = await gql.data(`{ people(township: "town:lishun", asOf: "${asOf}", first: 100) { edges { node { id ${selection} } } } }`);
      const fieldName = name === 'postsWithoutLeaders' ? 'posts' : name;
      for (const { node } of narrow.people.edges) {
        const whole = byId.get(node.id) as Record<string, unknown>;
        const expected = name === 'postsWithoutLeaders' ? (whole.posts as { post: unknown; acting: unknown }[]).map(({ post, acting }) => ({ post: { id: (post as { id: string }).id }, acting })) : whole[fieldName];
        expect({ id: node.id, [name]: node[fieldName] }).toEqual({ id: node.id, [name]: expected });
      }
    }
    const owners = { Post: 0, Office: 0 };
    for (const [route, ownerLabel] of Object.entries(DUTY_ROUTE_OWNERS)) {
      const narrow = await gql.data(`{ people(township: "town:lishun", asOf: "${asOf}", first: 100) { edges { node { id duties(through: ${route}) { duty { id } role owner { label: __typename ... on Node { id } } post { id } acting from to } } } } }`);
      for (const { node } of narrow.people.edges) {
        const whole = byId.get(node.id) as { duties: { owner: { label: string } }[] };
        expect({ id: node.id, route, duties: node.duties }).toEqual({ id: node.id, route, duties: whole.duties.filter((duty) => duty.owner.label === ownerLabel) });
        owners[ownerLabel] += node.duties.length;
      }
    }
    expect(owners.Post).toBeGreaterThan(0);
    expect(owners.Office).toBeGreaterThan(0);
    for (const person of people) {
      seen.duties += person.duties.length;
      seen.residentCadreIn += person.residentCadreIn.length;
      seen.officesInCharge += person.officesInCharge.length;
      seen.leaders += person.posts.reduce((sum: number, post: { leadersInCharge: unknown[] }) => sum + post.leadersInCharge.length, 0);
    }
    // The comparison means something only if the parts have content (resident cadres arrive with the reform).
    expect(Object.entries(seen).filter(([, count]) => count === 0).map(([part]) => part)).toEqual(asOf < '2008-09-01' ? ['residentCadreIn'] : []);

    const someone = people.find((person: { posts: unknown[] }) => person.posts.length > 0);
    const lookup = await gql.data(`{ person(id: "${someone.id}", asOf: "${asOf}") { id ${PERSON_PARTS_SELECTED.duties} ${PERSON_PARTS_SELECTED.posts} } }`);
    expect(lookup.person).toEqual({ id: someone.id, duties: someone.duties, posts: someone.posts });
  });
});
