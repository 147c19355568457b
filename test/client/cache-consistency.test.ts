import fs from 'node:fs';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Kind, OperationDefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ApolloClient, OperationVariables } from '@apollo/client';
import { loadConfig } from '../../src/config';
import { RunningApp, startApp } from '../../src/app';
import { signToken } from '../../src/auth/tokens';
import type { Role } from '../../src/auth/roles';
import { testNeo4jUri } from '../helpers/test-database';
import { createClient, leafDifferences, WireAnswer } from './client';
import * as Screens from './operations/screens';

/**
 * A front end on the service (HTTP, real Neo4j, sample town), with Apollo Client's default
 * InMemoryCache. Each sequence loads screens the way a user moves between them — the same
 * entities on two days, as two roles, each role with its own cache — and then reads every
 * screen back from the cache (cache-only, what `cache-first` would show without a request):
 * every read must equal the answer that came over the wire for it. A normalising cache mixes
 * answers when two objects share `__typename:id` (a relationship keyed by the entity it points
 * to, an entity answered for two days); this test finds every such mix as leaf differences.
 */
const SECRET = 'a-client-test-secret-that-is-long-enough-0123';
const TOWN = 'town:lishun';
const EVE = '2008-08-14';
const AFTER = '2008-11-01';
const MIDWAY = '2008-09-15';

interface Step {
  document: TypedDocumentNode<any, any>;
  variables: OperationVariables;
  mutation?: boolean;
}
const q = <V extends OperationVariables>(document: TypedDocumentNode<any, V>, variables: V): Step => ({ document, variables });

const SEQUENCES: Record<string, Step[]> = {
  'who handles a duty on two days': [
    q(Screens.WhoHandles, { query: '村级组织建设', asOf: EVE, first: 5 }),
    q(Screens.WhoHandles, { query: '村级组织建设', asOf: AFTER, first: 5 }),
    q(Screens.WhoHandles, { query: 'duty:land-management', asOf: AFTER, first: 1 }),
  ],
  'duty audit and the duty list on two days': [
    q(Screens.DutyAuditScreen, { township: TOWN, asOf: EVE }),
    q(Screens.DutyAuditScreen, { township: TOWN, asOf: AFTER }),
    q(Screens.DutiesPage, { township: TOWN, asOf: EVE, first: 100 }),
    q(Screens.DutiesPage, { township: TOWN, asOf: AFTER, first: 100 }),
  ],
  'station party relations on two days': [
    q(Screens.StationRelations, { township: TOWN, asOf: EVE }),
    q(Screens.StationRelations, { township: TOWN, asOf: AFTER }),
  ],
  'a person on two days': [
    q(Screens.PersonScreen, { id: 'person:j3dpksqd2j', asOf: EVE }),
    q(Screens.PersonScreen, { id: 'person:j3dpksqd2j', asOf: AFTER }),
  ],
  'offices on two days': [
    q(Screens.OfficeScreen, { id: 'office:party-affairs', asOf: MIDWAY }),
    q(Screens.OfficeScreen, { id: 'office:party-affairs', asOf: AFTER }),
    q(Screens.OfficeScreen, { id: 'office:old-agriculture', asOf: EVE }),
  ],
  'a village on two days': [
    q(Screens.VillageScreen, { id: 'village:beihe', asOf: EVE }),
    q(Screens.VillageScreen, { id: 'village:beihe', asOf: AFTER }),
  ],
  'a post on two days': [
    q(Screens.PostScreen, { id: 'post:deputy-party-secretary', asOf: EVE }),
    q(Screens.PostScreen, { id: 'post:deputy-party-secretary', asOf: AFTER }),
  ],
  'paged lists on two days': [
    q(Screens.OfficesPage, { township: TOWN, asOf: AFTER, first: 3 }),
    q(Screens.OfficesPage, { township: TOWN, asOf: EVE, first: 3 }),
    q(Screens.DutiesPage, { township: TOWN, asOf: AFTER, first: 20 }),
  ],
  'changes between two days, then the entities they name': [
    q(Screens.ChangesScreen, { from: EVE, to: AFTER, township: TOWN }),
    q(Screens.OfficeScreen, { id: 'office:party-affairs', asOf: AFTER }),
    q(Screens.VillageScreen, { id: 'village:beihe', asOf: EVE }),
  ],
  'the change log and the reorganisation preview, then the screens they touch': [
    q(Screens.ChangeLogScreen, { first: 20 }),
    {
      document: Screens.ReorganisationPreview,
      variables: { input: { township: TOWN, on: '2009-01-01', cutPosts: ['post:deputy-party-secretary'] } },
      mutation: true,
    },
    q(Screens.PostScreen, { id: 'post:deputy-party-secretary', asOf: AFTER }),
    q(Screens.WhoHandles, { query: '村级组织建设', asOf: AFTER, first: 5 }),
  ],
  'every screen, both days, in one session': [],
};
SEQUENCES['every screen, both days, in one session'] = Object.entries(SEQUENCES).flatMap(([, steps]) => steps);

/**
 * Sequences that show wrong data on read-back with the schema as it is; `it.failing` passes while
 * they still fail, so fixing one makes the test ask for it to move to the passing list.
 * docs/front-end-contract.md records the figures.
 */
const KNOWN_TO_MIX: ReadonlySet<string> = new Set<string>([]);

const SEQUENCE_ROLES: Role[] = ['staff', 'admin'];

describe('a front end with a default InMemoryCache', () => {
  let app: RunningApp;
  const tokens = {} as Record<Role, string>;
  /** The service's 'graphql request' log lines: each names its operation and the statements it sent. */
  const requestLog: { operationName?: string; statements: number }[] = [];
  const logLines = new Writable({
    write(line: Buffer, _encoding, done) {
      const entry = JSON.parse(line.toString()) as { msg?: string; operationName?: string; statements?: number };
      if (entry.msg === 'graphql request') requestLog.push({ operationName: entry.operationName, statements: entry.statements ?? -1 });
      done();
    },
  });
  beforeAll(async () => {
    app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', JWT_SECRET: SECRET }), testNeo4jUri(), pino({ level: 'info' }, logLines));
    for (const role of ['viewer', 'staff', 'discipline', 'admin'] as Role[]) tokens[role] = await signToken(SECRET, `client-${role}`, [role]);
  });
  afterAll(() => app.stop());

  /** Runs the steps network-only, then reads each query back from the cache; returns every difference. */
  async function mixes(steps: Step[], role: Role): Promise<string[]> {
    const { client, wire } = createClient(app.url, tokens[role]);
    const answers: { step: Step; answer: WireAnswer }[] = [];
    for (const step of steps) {
      if (step.mutation) await client.mutate({ mutation: step.document, variables: step.variables, errorPolicy: 'all' });
      else await client.query({ query: step.document, variables: step.variables, fetchPolicy: 'network-only', errorPolicy: 'all' });
      answers.push({ step, answer: wire[wire.length - 1]! });
    }
    return answers
      .filter(({ step }) => !step.mutation)
      .flatMap(({ step, answer }, index) => {
        const read = readBack(client, step);
        const label = `${role} #${index} ${answer.operationName}(${JSON.stringify(step.variables)})`;
        return leafDifferences(answer.data, read).map((difference) => `${label} ${difference}`);
      });
  }

  function readBack(client: ApolloClient, step: Step): unknown {
    return client.readQuery({ query: step.document, variables: step.variables }) ?? null;
  }

  const cases = Object.keys(SEQUENCES).map((name) => [name] as const);
  for (const [name] of cases) {
    const run = KNOWN_TO_MIX.has(name) ? it.failing : it;
    run(`${name}: every cache read equals the network answer (staff and admin)`, async () => {
      const found: string[] = [];
      for (const role of SEQUENCE_ROLES) found.push(...(await mixes(SEQUENCES[name]!, role)));
      // CLIENT_REPORT=file appends the figures (docs/front-end-contract.md records them).
      if (process.env.CLIENT_REPORT) fs.appendFileSync(process.env.CLIENT_REPORT, `${JSON.stringify({ sequence: name, steps: SEQUENCES[name]!.length, differences: found.length, first: found[0] })}\n`);
      expect(found).toEqual([]);
    });
  }

  /** Screens asked by a role that may not see part of them: the refused fields fail alone. */
  const REFUSALS: { role: Role; step: Step }[] = [
    { role: 'viewer', step: q(Screens.WhoHandles, { query: '村级组织建设', asOf: AFTER, first: 5 }) },
    { role: 'viewer', step: q(Screens.OfficeScreen, { id: 'office:party-affairs', asOf: AFTER }) },
    { role: 'viewer', step: q(Screens.PostScreen, { id: 'post:deputy-party-secretary', asOf: AFTER }) },
    { role: 'staff', step: q(Screens.ChangesScreen, { from: EVE, to: AFTER, township: TOWN }) },
    { role: 'staff', step: q(Screens.StationRelations, { township: TOWN, asOf: AFTER }) },
  ];

  it.each(REFUSALS.map(({ role, step }) => [step.document.definitions.map((d) => ('name' in d ? d.name?.value : '')).join(), role, step] as const))(
    '%s as %s: a refused field leaves the rest of the answer intact, and the cache reads it back as sent',
    async (_name, role, step) => {
      const { client, wire } = createClient(app.url, tokens[role]);
      await client.query({ query: step.document, variables: step.variables, fetchPolicy: 'network-only', errorPolicy: 'all' });
      const answer = wire[wire.length - 1]!;
      const full = createClient(app.url, tokens.admin);
      await full.client.query({ query: step.document, variables: step.variables, fetchPolicy: 'network-only', errorPolicy: 'all' });
      const everything = full.wire[full.wire.length - 1]!;

      expect(everything.errors).toEqual([]);
      expect(answer.errors.length).toBeGreaterThan(0);
      expect(answer.errors.map((error) => error.extensions?.code)).toEqual(answer.errors.map(() => 'FORBIDDEN'));
      const refused = answer.errors.map((error) => (error.path ?? []).join('.'));
      // Every difference from the full answer lies under a refused path, and each refused value is null.
      const outside = leafDifferences(everything.data, answer.data).filter((difference) => !refused.some((path) => difference.startsWith(`${path}:`) || difference.startsWith(`${path}.`)));
      expect(outside).toEqual([]);
      expect(leafDifferences(answer.data, client.readQuery({ query: step.document, variables: step.variables }) ?? null)).toEqual([]);
    },
  );

  it('one fragment on Office serves the office page and an owner on who handles X: each office is stored once, as Office:<id>', async () => {
    const { client } = createClient(app.url, tokens.admin);
    await client.query({ query: Screens.WhoHandles, variables: { query: '村级组织建设', asOf: AFTER, first: 5 }, fetchPolicy: 'network-only' });
    const page = await client.query({ query: Screens.OfficeScreen, variables: { id: 'office:party-affairs', asOf: AFTER }, fetchPolicy: 'network-only' });
    await client.query({ query: Screens.PersonScreen, variables: { id: 'person:j3dpksqd2j', asOf: AFTER }, fetchPolicy: 'network-only' });
    const stored = client.cache.extract() as Record<string, { __typename?: string }>;
    // Every object the cache holds for an office id sits under the one typename Office.
    const officeKeys = Object.keys(stored).filter((key) => key.includes(':office:'));
    expect(officeKeys.length).toBeGreaterThan(1);
    expect(officeKeys.filter((key) => !key.startsWith('Office:'))).toEqual([]);
    // The office page's fragment and the owner on who handles X are the one cache object.
    const owners = JSON.stringify(stored).match(/"__ref":"Office:office:[^"]+"/g) ?? [];
    expect(owners).toContain('"__ref":"Office:office:party-affairs"');
    const fields = client.readFragment({ id: 'Office:office:party-affairs', fragment: Screens.OfficeFields });
    const office = page.data!.office!;
    expect(fields).toEqual({ __typename: 'Office', id: office.id, name: office.name, nameEn: office.nameEn, kind: office.kind });
  });

  it('every screen costs one Cypher statement per root field, as it asks', async () => {
    const screens = SEQUENCES['every screen, both days, in one session']!.filter((step) => !step.mutation);
    const costs: string[] = [];
    const expected: string[] = [];
    for (const step of screens) {
      const operation = step.document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
      const { client } = createClient(app.url, tokens.admin);
      requestLog.length = 0;
      await client.query({ query: step.document, variables: step.variables, fetchPolicy: 'network-only' });
      const logged = requestLog.find((entry) => entry.operationName === operation.name?.value);
      costs.push(`${operation.name?.value}: ${logged?.statements}`);
      expected.push(`${operation.name?.value}: ${operation.selectionSet.selections.length}`);
    }
    expect(costs).toEqual(expected);
  });

  it('asks real questions: the sequences read non-empty answers', async () => {
    const { client } = createClient(app.url, tokens.admin);
    const result = await client.query({ query: Screens.WhoHandles, variables: { query: '村级组织建设', asOf: AFTER, first: 5 }, fetchPolicy: 'network-only' });
    expect(result.data?.whoIsResponsible.edges.length).toBeGreaterThan(0);
  });
});
