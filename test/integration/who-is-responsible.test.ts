import { TestGraphQL } from '../helpers/graphql';
import type { TestDatabase } from '../helpers/test-database';
import { closePilotTownService, openPilotTownService, PilotTown } from './pilot-town.fixture';

const BEFORE = '2008-08-31';
const AFTER = '2008-11-01';

const WHO = `
  query Who($query: String!, $asOf: Date, $township: ID, $first: Int) {
    whoIsResponsible(query: $query, asOf: $asOf, township: $township, first: $first) { edges { node {
      duty { id title titleEn category keywords parent { id } }
      matchedBy score confidence confident status flags
      leads {
        kind owner { ... on Node { id } } name role from to vacant office { id }
        holders { person { id } post { id } acting }
        leadersInCharge { post { id } from to holders { person { id } acting } }
      }
      assists { kind owner { ... on Node { id } } }
      basis { document { id title } clause }
      explanation {
        kind role person { id }
        steps { from { label: __typename id } edge { type direction from to role acting } to { label: __typename id } }
      }
      nearestOwnedParent { distance duty { id } leads { owner { ... on Node { id } } holders { person { id } } } }
      fallback { fallbackKind forOwner { owner { ... on Node { id } } } post { id } holders { person { id } acting } }
    } } }
  }`;

interface Step {
  from: { label: string; id: string };
  edge: { type: string; direction: string; from: string | null; to: string | null; role: string | null; acting: boolean | null };
  to: { label: string; id: string };
}
interface Holder {
  person: { id: string };
  acting: boolean;
}
interface Answer {
  duty: { id: string; title: string; parent: { id: string } | null };
  matchedBy: string;
  confidence: number;
  confident: boolean;
  status: string;
  flags: string[];
  leads: {
    kind: string;
    owner: { id: string };
    vacant: boolean;
    office: { id: string } | null;
    holders: (Holder & { post: { id: string } })[];
    leadersInCharge: { post: { id: string }; holders: Holder[] }[];
  }[];
  assists: { kind: string; owner: { id: string } }[];
  basis: { document: { id: string }; clause: string } | null;
  explanation: { kind: string; role: string; person: { id: string }; steps: Step[] }[];
  nearestOwnedParent: { distance: number; duty: { id: string }; leads: { owner: { id: string } }[] } | null;
  fallback: { fallbackKind: string; forOwner: { owner: { id: string } }; post: { id: string }; holders: Holder[] } | null;
}

describe('whoIsResponsible on the real Neo4j', () => {
  let db: TestDatabase;
  let gql: TestGraphQL;
  let town: PilotTown;

  beforeAll(async () => {
    ({ db, gql, town } = await openPilotTownService());
  });
  afterAll(() => closePilotTownService({ db, gql, town }));

  /** Asks in the fixture's township; fails on errors; checks the one round trip. */
  const ask = async (query: string, asOf = AFTER, extra: Record<string, unknown> = {}): Promise<Answer[]> => {
    const result = await gql.run<{ whoIsResponsible: { edges: { node: Answer }[] } }>(WHO, { query, asOf, township: town.township, ...extra });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toEqual(['responsibility/who-is-responsible']);
    return result.data!.whoIsResponsible.edges.map((edge) => edge.node);
  };

  /** Where the deputy party secretary appears in an answer: as leader in charge or as an owner, with holders. */
  const secretaryLine = (answer: Answer) =>
    answer.leads.flatMap((lead) => [
      ...(lead.owner.id === town.id('post:deputy-party-secretary') ? lead.holders.map((h) => h.person.id) : []),
      ...lead.leadersInCharge.filter((l) => l.post.id === town.id('post:deputy-party-secretary')).flatMap((l) => l.holders.map((h) => h.person.id)),
    ]);

  it('ranks 村级组织建设 first for the Chinese title, and names the deputy party secretary line with its holder', async () => {
    const [first, ...rest] = await ask('村级组织建设');
    expect(first?.duty.id).toBe(town.id('duty:village-organisation-construction'));
    expect(first?.matchedBy).toBe('TITLE');
    expect(first?.confidence).toBe(1);
    expect(rest.every((answer) => ['WORDS', 'MEANING', 'BOTH'].includes(answer.matchedBy) && answer.confidence <= 1)).toBe(true);
    expect(first?.status).toBe('OWNED');
    expect(first?.leads.map((lead) => [lead.kind, lead.owner.id, lead.vacant])).toEqual([['OFFICE', town.id('office:party-affairs'), false]]);
    expect(first?.leads[0]?.holders.map((h) => [h.person.id, h.post.id, h.acting])).toEqual([[town.id('person:3nkhq83zb4'), town.id('post:party-affairs-director'), false]]);
    expect(secretaryLine(first!)).toEqual([town.id('person:t2fb4w34np')]);
    expect(first?.assists).toEqual([{ kind: 'OFFICE', owner: { id: town.id('office:social-affairs') } }]);
    expect(first?.basis).toEqual({ document: { id: town.id('doc:responsibilities'), title: '镇内设机构工作职责' }, clause: '第三条' });
    expect(first?.duty.parent?.id).toBe(town.id('duty:village-organisations'));
  });

  it('ranks it first for the English title too, with the same line', async () => {
    const [first] = await ask('village-level organisation construction');
    expect(first?.duty.id).toBe(town.id('duty:village-organisation-construction'));
    expect(first?.matchedBy).toBe('TITLE');
    expect(secretaryLine(first!)).toEqual([town.id('person:t2fb4w34np')]);
  });

  it('still finds it with typos in the English words', async () => {
    const [first] = await ask('vilage-level organisaton constructon');
    expect(first?.duty.id).toBe(town.id('duty:village-organisation-construction'));
    expect(['WORDS', 'BOTH', 'MEANING']).toContain(first?.matchedBy);
  });

  it('explains each person with a dated path from the duty', async () => {
    const [first] = await ask('村级组织建设');
    const toSecretary = first?.explanation.find((path) => path.kind === 'LEADER_IN_CHARGE' && path.person.id === town.id('person:t2fb4w34np'));
    expect(toSecretary?.role).toBe('LEAD');
    expect(toSecretary?.steps).toEqual([
      {
        from: { label: 'Duty', id: town.id('duty:village-organisation-construction') },
        edge: { type: 'RESPONSIBLE_FOR', direction: 'INCOMING', from: '2008-09-01', to: null, role: 'LEAD', acting: null },
        to: { label: 'Office', id: town.id('office:party-affairs') },
      },
      {
        from: { label: 'Office', id: town.id('office:party-affairs') },
        edge: { type: 'IN_CHARGE_OF', direction: 'INCOMING', from: '2008-09-01', to: null, role: null, acting: null },
        to: { label: 'Post', id: town.id('post:deputy-party-secretary') },
      },
      {
        from: { label: 'Post', id: town.id('post:deputy-party-secretary') },
        edge: { type: 'HOLDS', direction: 'INCOMING', from: '2008-01-01', to: null, role: null, acting: false },
        to: { label: 'Person', id: town.id('person:t2fb4w34np') },
      },
    ]);
    const toDirector = first?.explanation.find((path) => path.kind === 'HOLDER');
    expect(toDirector?.steps.map((step) => step.to.id)).toEqual([town.id('office:party-affairs'), town.id('post:party-affairs-director'), town.id('person:3nkhq83zb4')]);
  });

  it('answers a duty id with exactly that duty, in any township', async () => {
    const id = town.id('duty:village-organisation-construction');
    const answers = await ask(id);
    expect(answers.map((answer) => [answer.duty.id, answer.matchedBy])).toEqual([[id, 'ID']]);
    const anywhere = await gql.data<{ whoIsResponsible: { edges: { node: Answer }[] } }>(WHO, { query: id, asOf: AFTER });
    expect(anywhere.whoIsResponsible.edges.map(({ node: answer }) => answer).map((answer) => answer.duty.id)).toEqual([id]);
  });

  it('answers as of the day: before the pilot two bureaus led it (OVERLAP) under one person who also headed one of them', async () => {
    const [first] = await ask('村级组织建设', BEFORE);
    expect(first?.status).toBe('OVERLAP');
    expect(first?.flags).toEqual(['OVERLAP', 'SELF_SUPERVISED']);
    expect(first?.leads.map((lead) => lead.owner.id).sort()).toEqual([town.id('office:civil-affairs'), town.id('office:organisation-bureau')].sort());
    expect(first?.assists).toEqual([]);
  });

  it('says plainly that a BLANK duty has no owner and names its nearest owned parent', async () => {
    const [answer] = await ask(town.id('duty:village-affairs-rules'), BEFORE);
    expect(answer?.status).toBe('BLANK');
    expect(answer?.leads).toEqual([]);
    expect(answer?.nearestOwnedParent?.duty.id).toBe(town.id('duty:village-organisation-construction'));
    expect(answer?.nearestOwnedParent?.distance).toBe(1);
    expect(answer?.nearestOwnedParent?.leads.map((lead) => lead.owner.id).sort()).toEqual([town.id('office:civil-affairs'), town.id('office:organisation-bureau')].sort());
    expect(answer?.fallback).toBeNull();
  });

  it('gives a VACANT duty a labelled fallback: the holder of the post DEPUTY_OF the vacant lead post', async () => {
    const [answer] = await ask(town.id('duty:village-affairs-rules'), AFTER);
    expect(answer?.status).toBe('VACANT');
    expect(answer?.leads.map((lead) => [lead.kind, lead.owner.id, lead.vacant, lead.holders.length])).toEqual([['POST', town.id('post:village-affairs-director'), true, 0]]);
    expect(answer?.leads[0]?.office?.id).toBe(town.id('office:party-affairs'));
    expect(answer?.fallback).toEqual({
      fallbackKind: 'DEPUTY',
      forOwner: { owner: { id: town.id('post:village-affairs-director') } },
      post: { id: town.id('post:village-affairs-deputy') },
      holders: [{ person: { id: town.id('person:q2j0qbt2c1') }, acting: false }],
    });
    const fallbackPath = answer?.explanation.find((path) => path.kind === 'FALLBACK');
    expect(fallbackPath?.steps.map((step) => `${step.edge.type}:${step.to.id}`)).toEqual([
      `RESPONSIBLE_FOR:${town.id('post:village-affairs-director')}`,
      `DEPUTY_OF:${town.id('post:village-affairs-deputy')}`,
      `HOLDS:${town.id('person:q2j0qbt2c1')}`,
    ]);
    expect(answer?.nearestOwnedParent).toBeNull();
  });

  it('gives no confident answer when nothing matches, and reads Lucene syntax in the question as plain words', async () => {
    expect((await ask('量子色动力学 chromodynamics')).every((answer) => !answer.confident)).toBe(true);
    const answers = await ask('title:(村级组织建设) AND "x*" OR ~ \\ /');
    expect(answers.map((answer) => answer.duty.id)).toContain(town.id('duty:village-organisation-construction'));
  });

  it('returns at most `first` answers', async () => {
    expect((await ask('village', AFTER, { first: 2 })).length).toBe(2);
    expect((await ask('village', AFTER, { first: 50 })).map((answer) => answer.duty.id)).toEqual(
      expect.arrayContaining(['duty:rural-management-system', 'duty:village-affairs-rules', 'duty:village-organisation-construction', 'duty:village-organisations'].map(town.id)),
    );
  });

  it('refuses a blank or too long question on the field `query`, before any Cypher', async () => {
    for (const query of ['', '   ', 'x'.repeat(201)]) {
      const result = await gql.run(WHO, { query, township: town.township });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
      expect(result.statements).toEqual([]);
    }
    const tooMany = await gql.run(WHO, { query: '村级组织', first: 51 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses a day before the township data on `asOf`, and names an unknown township', async () => {
    const early = await gql.run(WHO, { query: '村级组织建设', asOf: '2007-12-31', township: town.township });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    expect(early.statements).toHaveLength(1);
    const unknown = await gql.run(WHO, { query: '村级组织建设', township: `${town.prefix}nowhere` });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', label: 'Township', field: 'township' });
  });

  it('shows appointments to staff only: a viewer is refused the holders (ids included), staff sees them', async () => {
    const viewer = { subject: 'viewer', roles: ['viewer' as const], anonymous: false };
    const staff = { subject: 'staff', roles: ['staff' as const], anonymous: false };
    const variables = { query: '村级组织建设', asOf: AFTER, township: town.township };
    const query = 'query($query: String!, $asOf: Date, $township: ID) { whoIsResponsible(query: $query, asOf: $asOf, township: $township) { edges { node { duty { id } leads { owner { ... on Node { id } } holders { person { id } } } } } } }';
    const refused = await gql.run<{ whoIsResponsible: { edges: { node: Answer }[] } }>(query, variables, viewer);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.whoIsResponsible.edges[0]?.node.leads[0]?.holders).toBeNull();
    expect(JSON.stringify(refused.data)).not.toContain('person:');
    const ids = await gql.run<{ whoIsResponsible: { edges: { node: Answer }[] } }>(query, variables, staff);
    expect(ids.errors).toBeUndefined();
    expect(ids.data?.whoIsResponsible.edges[0]?.node.leads[0]?.holders[0]?.person.id).toBe(town.id('person:3nkhq83zb4'));
    const names = await gql.run('query($query: String!, $asOf: Date, $township: ID) { whoIsResponsible(query: $query, asOf: $asOf, township: $township) { edges { node { leads { holders { person { name } } } } } } }', variables, viewer);
    expect(names.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
