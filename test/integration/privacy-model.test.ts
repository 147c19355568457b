import { getNamedType, GraphQLField, GraphQLObjectType, GraphQLSchema, isNonNullType, isObjectType } from 'graphql';
import { buildDutygraphSchema } from '../../src/graphql/schema';
import { PROTECTED_FACTS, ProtectedFact } from '../../src/auth/privacy';
import { ROLES, Role, Viewer } from '../../src/auth/roles';
import type { ProtectedExtension } from '../../src/graphql/common/protected';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';
import { TestGraphQL } from '../helpers/graphql';
import { FixtureTown, importFixtureTown } from '../helpers/fixture-town';
import { canonical, rootQuery } from '../helpers/deep-queries';

/**
 * The privacy model (docs/privacy.md, src/auth/privacy.ts) against the SDL and the real Neo4j.
 *
 * 1. Every path from a root field to something that carries a protected fact passes a gate of at
 *    least that fact's role, and every gate is nullable (a refusal fails alone).
 * 2. Non-interference: in a town where only protected facts change between two days (a post changes
 *    holder and becomes self-supervised; a station's party relation moves out of the town), everything
 *    a role below the fact's role may ask — every root field, every field, as generated from the SDL —
 *    answers exactly the same on both days. Nothing it may see lets it deduce what changed.
 * 3. On the sample town, nothing a viewer may ask on either day of the report contains a person id.
 */

const RANK = Object.fromEntries(ROLES.map((role, index) => [role, index])) as Record<Role, number>;
const as = (role: Role): Viewer => ({ subject: `${role}-privacy`, roles: [role], anonymous: false });

/** What carries each fact in the SDL. Types with a `HolderPerson` field are added (holdings) by the walk itself. */
const CARRIER_TYPES: Record<string, ProtectedFact> = {
  HolderPerson: 'identity',
  Person: 'identity',
  PartyRelationPeriod: 'partyRelations',
  StationPartyLink: 'partyRelations',
  PartyRelationMove: 'partyRelations',
  ChangeRecord: 'auditTrail',
  ChangeRecordConnection: 'auditTrail',
  IntegrityRiskReport: 'integrityRisks',
};
const CARRIER_FIELDS: Record<string, ProtectedFact> = {
  acting: 'holdings',
  peopleHoldingPosts: 'holdings',
  selfSupervised: 'holdings',
  explanation: 'holdings',
  townConsulted: 'consultations',
  partyMember: 'partyMembership',
  'StationPartyRelation.organization': 'partyRelations',
  'StationPartyRelation.from': 'partyRelations',
  'StationPartyRelation.basis': 'partyRelations',
  'StationPartyRelation.exemption': 'partyRelations',
  'StationPartyRelation.insideTownCommittee': 'partyRelations',
  'StationPartyRelation.history': 'partyRelations',
  'StationPartyRelation.flags': 'partyRelations',
};

function gateOf(field: GraphQLField<unknown, unknown>): Role | undefined {
  return (field.extensions as Partial<ProtectedExtension> | undefined)?.requires as Role | undefined;
}

function carrierTypeFact(type: GraphQLObjectType): ProtectedFact | undefined {
  if (CARRIER_TYPES[type.name]) return CARRIER_TYPES[type.name];
  const holdsPerson = Object.values(type.getFields()).some((field) => getNamedType(field.type).name === 'HolderPerson');
  return holdsPerson ? 'holdings' : undefined;
}

interface FactPath {
  path: string;
  fact: ProtectedFact;
  gate: Role;
}

/** Every path from Query to a carrier of a protected fact, with the highest role it passes (viewer when it passes none). */
function factPaths(schema: GraphQLSchema): FactPath[] {
  const found: FactPath[] = [];
  const walk = (type: GraphQLObjectType, path: string[], gate: Role, onPath: ReadonlySet<string>) => {
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const fieldGate = gateOf(field);
      const passed = fieldGate && RANK[fieldGate] > RANK[gate] ? fieldGate : gate;
      const here = [...path, `${type.name}.${field.name}`];
      const named = getNamedType(field.type);
      const fieldFact = CARRIER_FIELDS[`${type.name}.${field.name}`] ?? CARRIER_FIELDS[field.name];
      if (fieldFact) found.push({ path: here.join(' → '), fact: fieldFact, gate: passed });
      if (!isObjectType(named) || onPath.has(named.name)) continue;
      const typeFact = carrierTypeFact(named);
      if (typeFact) found.push({ path: here.join(' → '), fact: typeFact, gate: passed });
      // Past a discipline gate every fact of the model is closed; the walk need not go on.
      if (RANK[passed] < RANK.discipline) walk(named, here, passed, new Set([...onPath, named.name]));
    }
  };
  walk(schema.getQueryType()!, [], 'viewer', new Set(['Query']));
  return found;
}

describe('the privacy model, derived from the SDL', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildDutygraphSchema();
  });

  it('closes every path from a root field to a protected fact with a gate of at least its role', () => {
    const paths = factPaths(schema);
    // Every fact of the model has carriers in the schema, and there are many ways to reach them.
    expect(new Set(paths.map((path) => path.fact))).toEqual(new Set(Object.keys(PROTECTED_FACTS)));
    expect(paths.length).toBeGreaterThan(100);
    const open = paths.filter((path) => RANK[path.gate] < RANK[PROTECTED_FACTS[path.fact].role]).map((path) => `${path.fact} (${PROTECTED_FACTS[path.fact].role}) open to ${path.gate}: ${path.path}`);
    expect(open).toEqual([]);
  });

  it('makes every gated field nullable, so a refusal fails alone', () => {
    const nonNull = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type, field })))
      .filter(({ field }) => gateOf(field as GraphQLField<unknown, unknown>) && isNonNullType(field.type))
      .map(({ type, field }) => `${type.name}.${field.name}`);
    expect(nonNull).toEqual([]);
  });
});

/**
 * A town in which, between 2008-01-15 and 2008-02-15, only appointments change: the affairs office's
 * director post passes from B to A, who already holds the leadership post in charge of the office
 * (so the office becomes self-supervised), the post staying filled; and between 2008-02-15 and
 * 2008-03-15 only a party relation changes: the tax station's moves from the town committee to its
 * department's committee, which is not in the town.
 */
const PRIVACY_TOWN = {
  format: 'dutygraph/1',
  meta: { title: 'Privacy town: only protected facts change', year: 2008, note: 'invented names' },
  townships: [{ id: 'town', name: '隐私镇', nameEn: 'Privacy Town' }],
  departments: [{ id: 'dept:tax', name: '市税务局', nameEn: 'City Tax Bureau' }],
  partyOrganizations: [
    { id: 'party:town-committee', name: '隐私镇党委', nameEn: 'Privacy Town Party Committee', kind: 'TOWN_COMMITTEE', township: 'town' },
    { id: 'party:tax-committee', name: '市税务局党委', nameEn: 'Tax Bureau Party Committee', kind: 'DEPARTMENT_COMMITTEE', department: 'dept:tax' },
  ],
  documents: [{ id: 'doc:duties', title: '机构职责', titleEn: 'Duties of institutions', issuedOn: '2008-01-01', issuer: '隐私镇党委', township: 'town' }],
  offices: [{ id: 'office:affairs', name: '事务办', nameEn: 'Affairs Office', kind: 'OFFICE', township: 'town', from: '2008-01-01' }],
  posts: [
    {
      id: 'post:deputy-mayor', name: '副镇长', nameEn: 'Deputy Mayor', level: 'LEADERSHIP', rank: 'DEPUTY', from: '2008-01-01',
      units: [{ unit: 'town', from: '2008-01-01' }], inChargeOf: [{ office: 'office:affairs', from: '2008-01-01' }],
    },
    { id: 'post:affairs-director', name: '事务办主任', nameEn: 'Director, Affairs Office', level: 'MIDDLE', rank: 'PRINCIPAL', from: '2008-01-01', units: [{ unit: 'office:affairs', from: '2008-01-01' }] },
    { id: 'post:tax-head', name: '税务所所长', nameEn: 'Head of the Tax Station', level: 'STATION_HEAD', rank: 'PRINCIPAL', from: '2008-01-01', units: [{ unit: 'station:tax', from: '2008-01-01' }] },
  ],
  people: [
    { id: 'person:k7wq2m9xbd', name: '甲某', holds: [{ post: 'post:deputy-mayor', from: '2008-01-01' }, { post: 'post:affairs-director', from: '2008-02-10' }] },
    { id: 'person:r4tz8nc3vh', name: '乙某', holds: [{ post: 'post:affairs-director', from: '2008-01-01', to: '2008-02-10' }] },
    { id: 'person:9fjx6pq2ds', name: '丙某', holds: [{ post: 'post:tax-head', from: '2008-01-01', townConsulted: false }] },
  ],
  villages: [{ id: 'village:north', name: '北村', nameEn: 'North Village', kind: 'ADMINISTRATIVE', under: [{ unit: 'town', from: '2008-01-01' }] }],
  stations: [
    {
      id: 'station:tax', name: '隐私税务所', nameEn: 'Privacy Tax Station',
      runBy: [{ department: 'dept:tax', from: '2008-01-01' }],
      locatedIn: [{ township: 'town', from: '2008-01-01' }],
      partyRelations: [
        { organization: 'party:town-committee', from: '2008-01-01', to: '2008-03-10', basis: '属地管理' },
        { organization: 'party:tax-committee', from: '2008-03-10', basis: '由主管部门党委管理' },
      ],
    },
  ],
  duties: [
    {
      id: 'duty:affairs', title: '事务管理', titleEn: 'Affairs management', category: 'BASIC', township: 'town', keywords: ['事务'],
      basis: { document: 'doc:duties', clause: '第一条' }, owners: [{ owner: 'office:affairs', role: 'LEAD', from: '2008-01-01' }],
    },
  ],
};

const BEFORE_HOLDING_CHANGE = '2008-01-15';
const AFTER_HOLDING_CHANGE = '2008-02-15';
const AFTER_PARTY_MOVE = '2008-03-15';
const DEPTH = 6;
/** The first run of each generated statement is planned by Neo4j, which takes seconds on a busy machine. */
const SLOW = 300_000;

describe('non-interference: what a lower role sees does not change when only protected facts do', () => {
  let db: TestDatabase;
  let gql: TestGraphQL;
  let schema: GraphQLSchema;
  let town: FixtureTown;
  beforeAll(async () => {
    db = await openTestDatabase();
    gql = await TestGraphQL.create(db.executor);
    schema = await buildDutygraphSchema();
    town = await importFixtureTown(db, PRIVACY_TOWN, 'privacy');
  });
  afterAll(async () => {
    await town.remove();
    await gql.stop();
    await db.close();
  });

  /** Every root field about the town, selecting everything, on one day (one request each). */
  const everything = (asOf: string): string[] => {
    const id = town.id;
    const t = town.township;
    const lookups: [string, string, string][] = [
      ['township', 'township', t],
      ['office', 'office', id('office:affairs')],
      ['leaderPost', 'post', id('post:deputy-mayor')],
      ['directorPost', 'post', id('post:affairs-director')],
      ['headPost', 'post', id('post:tax-head')],
      ['holder', 'person', id('person:k7wq2m9xbd')],
      ['village', 'village', id('village:north')],
      ['station', 'station', id('station:tax')],
      ['department', 'department', id('dept:tax')],
      ['townCommittee', 'partyOrganization', id('party:town-committee')],
      ['taxCommittee', 'partyOrganization', id('party:tax-committee')],
      ['duty', 'duty', id('duty:affairs')],
      ['document', 'document', id('doc:duties')],
    ];
    const lists = ['townships', 'offices', 'posts', 'people', 'villages', 'stations', 'departments', 'partyOrganizations', 'duties', 'documents'];
    return [
      ...lookups.map(([alias, field, value]) => rootQuery(schema, alias, field, { id: value, asOf }, DEPTH)),
      ...lists.map((field) => rootQuery(schema, field, field, { ...(field === 'townships' ? {} : { township: t }), asOf, first: 100 }, DEPTH)),
      rootQuery(schema, 'answers', 'whoIsResponsible', { query: id('duty:affairs'), township: t, asOf }, DEPTH),
      rootQuery(schema, 'audit', 'dutyAudit', { township: t, asOf }, DEPTH),
      rootQuery(schema, 'stats', 'townshipStats', { township: t, asOf }, DEPTH),
      rootQuery(schema, 'stationRelations', 'stationPartyRelations', { township: t, asOf }, DEPTH),
    ].map((root) => `{ ${root} }`);
  };
  const changesSince = (from: string, to: string) => [`{ ${rootQuery(schema, 'changes', 'changes', { before: from, after: to, township: town.township }, DEPTH)} }`];

  /** A change set echoes its `before` and `after` (and its items carry days); lookups and lists their `asOf`. */
  const withoutEcho = (data: unknown) => {
    const changes = (data as { changes?: Record<string, unknown> } | null | undefined)?.changes;
    if (!changes) return data;
    const { before: _before, after: _after, ...rest } = changes;
    return { ...(data as object), changes: rest };
  };
  const answer = async (queries: string[], role: Role) => {
    const data: Record<string, unknown> = {};
    const refused: string[] = [];
    for (const query of queries) {
      const result = await gql.run(query, {}, as(role));
      // Only refusals: anything else would make the comparison meaningless.
      expect((result.errors ?? []).filter((error) => error.extensions?.code !== 'FORBIDDEN')).toEqual([]);
      Object.assign(data, query.includes('changes(') ? canonical(withoutEcho(result.data), new Set(['asOf', 'from', 'to'])) : canonical(result.data));
      refused.push(...(result.errors ?? []).map((error) => String(error.path?.join('.'))));
    }
    return { data, refused: refused.sort() };
  };

  it('the fixture does change what staff and discipline see (the comparison can fail)', async () => {
    const staff = [await answer(everything(BEFORE_HOLDING_CHANGE), 'staff'), await answer(everything(AFTER_HOLDING_CHANGE), 'staff')];
    expect(staff[1]).not.toEqual(staff[0]);
    const discipline = [await answer(everything(AFTER_HOLDING_CHANGE), 'discipline'), await answer(everything(AFTER_PARTY_MOVE), 'discipline')];
    expect(discipline[1]).not.toEqual(discipline[0]);
  }, SLOW);

  it('a viewer learns nothing of a change of holder, of self-supervision, or of a party relation moving (three days compared)', async () => {
    const days = [await answer(everything(BEFORE_HOLDING_CHANGE), 'viewer'), await answer(everything(AFTER_HOLDING_CHANGE), 'viewer'), await answer(everything(AFTER_PARTY_MOVE), 'viewer')];
    expect(days[1]).toEqual(days[0]);
    expect(days[2]).toEqual(days[0]);
    expect(JSON.stringify(days[0].data)).not.toContain('person:');
  }, SLOW);

  it('staff learns nothing of a party relation moving, not even through which organisations a township lists', async () => {
    const [before, after] = [await answer(everything(AFTER_HOLDING_CHANGE), 'staff'), await answer(everything(AFTER_PARTY_MOVE), 'staff')];
    expect(after).toEqual(before);
    const listed = (after.data as { partyOrganizations: { edges: { node: { id: string } }[] } }).partyOrganizations.edges.map((edge) => edge.node.id);
    expect(listed).toEqual([town.id('party:town-committee')]);
  }, SLOW);

  it('what changed between two days says nothing protected to a role below it', async () => {
    expect(await answer(changesSince(BEFORE_HOLDING_CHANGE, AFTER_HOLDING_CHANGE), 'viewer')).toEqual(await answer(changesSince(BEFORE_HOLDING_CHANGE, BEFORE_HOLDING_CHANGE), 'viewer'));
    expect(await answer(changesSince(AFTER_HOLDING_CHANGE, AFTER_PARTY_MOVE), 'staff')).toEqual(await answer(changesSince(AFTER_HOLDING_CHANGE, AFTER_HOLDING_CHANGE), 'staff'));
  }, SLOW);
});

describe('the sample town, as a viewer', () => {
  let db: TestDatabase;
  let gql: TestGraphQL;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    db = await openTestDatabase();
    gql = await TestGraphQL.create(db.executor);
    schema = await buildDutygraphSchema();
  });
  afterAll(async () => {
    await gql.stop();
    await db.close();
  });

  it.each(['2008-08-14', '2008-11-01'])('on %s hands out no person id and no self-supervision anywhere', async (asOf) => {
    const t = 'town:lishun';
    const lists = ['offices', 'posts', 'villages', 'stations', 'departments', 'partyOrganizations', 'duties', 'documents', 'townships'];
    const queries = [
      ...lists.map((field) => rootQuery(schema, field, field, { ...(field === 'townships' ? {} : { township: t }), asOf, first: 100 }, 6)),
      rootQuery(schema, 'answers', 'whoIsResponsible', { query: '村级组织建设', township: t, asOf, first: 10 }, 6),
      rootQuery(schema, 'audit', 'dutyAudit', { township: t, asOf }, 6),
      rootQuery(schema, 'stats', 'townshipStats', { township: t, asOf }, 6),
      rootQuery(schema, 'stationRelations', 'stationPartyRelations', { township: t, asOf }, 6),
      rootQuery(schema, 'changes', 'changes', { before: '2008-08-14', after: asOf, township: t }, 6),
    ];
    const data: Record<string, unknown> = {};
    for (const query of queries) {
      const result = await gql.run(`{ ${query} }`, {}, as('viewer'));
      expect((result.errors ?? []).filter((error) => error.extensions?.code !== 'FORBIDDEN')).toEqual([]);
      Object.assign(data, result.data);
    }
    const text = JSON.stringify(data);
    expect(text.length).toBeGreaterThan(10_000);
    expect(text).not.toMatch(/person:|SELF_SUPERVISED/);
    const partyOrganizations = (data as unknown as { partyOrganizations: { edges: { node: { kind: string } }[] } }).partyOrganizations.edges.map((edge) => edge.node.kind);
    expect(partyOrganizations).not.toContain('DEPARTMENT_COMMITTEE');
  }, SLOW);
});
