import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isLeafType,
} from 'graphql';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';
import { signToken } from '../../src/auth/tokens';
import { buildDutygraphSchema } from '../../src/graphql/schema';
import { testNeo4jUri } from '../helpers/test-database';

/**
 * Property-based: hostile values for every argument of every query and mutation, over HTTP.
 * The service never answers 500, never masks an internal error, and reads never change the graph.
 */
const SECRET = 'fuzz-secret-that-is-long-enough-0123456789';
const STABLE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'QUERY_TIMEOUT',
  // The body limit (100 kB): a hostile value can be that long.
  'PAYLOAD_TOO_LARGE',
]);
const INJECTIONS = [
  "' DETACH DELETE n //",
  '") DETACH DELETE n //',
  '`) MATCH (n) DETACH DELETE n //',
  '$asOf',
  '${process.exit()}',
  'MATCH (n) DETACH DELETE n',
  "town:lishun' OR 1=1 //",
  '\u0000\u0001',
  '*:*',
  'title:(a OR b)~ AND "',
  '\\',
  '👨‍👩‍👧‍👦𠮷',
];

const hostileString = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('a'.repeat(5_000), '村'.repeat(3_000)),
);
const hostileDate = fc.oneof(
  fc.constantFrom('2008-02-30', '2008-13-01', '0000-00-00', '1900-01-01', '9999-12-31', '2008-9-1', '20080901', '', 'yesterday'),
  hostileString,
);

/**
 * In `malformed` mode every string ends in a quote, so no generated value is a well-formed id:
 * a mutation can never succeed and leave junk in the shared test graph.
 */
function valueFor(type: GraphQLInputType, depth: number, malformed = false): fc.Arbitrary<unknown> {
  const inner = (next: GraphQLInputType, nextDepth: number) => valueFor(next, nextDepth, malformed);
  const text = malformed ? hostileString.map((value) => `${value}'`) : hostileString;
  if (isNonNullType(type)) return inner(type.ofType, depth);
  if (isListType(type)) {
    return fc.oneof(fc.array(inner(type.ofType, depth + 1), { maxLength: depth > 2 ? 1 : 4 }), fc.constant(Array.from({ length: 2_000 }, () => 'x')));
  }
  if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), text);
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, inner(field.type, depth + 1)])), { requiredKeys: [] });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, 1e12), text);
      case 'Float':
        return fc.oneof(fc.double(), text);
      case 'Boolean':
        return fc.oneof(fc.boolean(), text);
      case 'Date':
        return malformed ? text : hostileDate;
      default:
        return text;
    }
  }
  return text;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const declarations = field.args.map((arg: GraphQLArgument) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const uses = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${uses ? `(${uses})` : ''}${selection} }`;
}

describe('hostile arguments', () => {
  let app: RunningApp;
  let schema: GraphQLSchema;
  let token: string;

  beforeAll(async () => {
    app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', JWT_SECRET: SECRET }), testNeo4jUri(), createLogger('silent'));
    schema = await buildDutygraphSchema();
    token = await signToken(SECRET, 'fuzzer', ['admin']);
  });
  afterAll(() => app.stop());

  const graphFingerprint = async () => {
    const rows = await app.executor.readWork('fuzz.fingerprint', (tx) =>
      tx.runText(
        'fuzz.fingerprint',
        'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
      ),
    );
    return rows[0];
  };

  const send = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, codes: (body.errors ?? []).map((error) => error.extensions?.code ?? 'NONE') };
  };

  const fieldsOf = (kind: 'query' | 'mutation') => {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    return root ? Object.values(root.getFields()).filter((field) => field.args.length > 0) : [];
  };

  it('reads: never a 500 or an unexpected error, and the graph is unchanged', async () => {
    const before = await graphFingerprint();
    for (const field of fieldsOf('query')) {
      const query = operationFor('query', field);
      const args = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, 0)])));
      await fc.assert(
        fc.asyncProperty(args, async (variables) => {
          const { status, codes } = await send(query, variables);
          expect(status).toBeLessThan(500);
          expect(codes.filter((code) => !STABLE_CODES.has(code))).toEqual([]);
        }),
        { numRuns: 25, seed: 20081031 },
      );
    }
    expect(await graphFingerprint()).toEqual(before);
  }, 300_000);

  it('writes with malformed ids and dates: always refused with a stable code, never a 500', async () => {
    const before = await graphFingerprint();
    for (const field of fieldsOf('mutation')) {
      const query = operationFor('mutation', field);
      const args = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, 0, true)])));
      await fc.assert(
        fc.asyncProperty(args, async (variables) => {
          const { status, codes } = await send(query, variables);
          expect(status).toBeLessThan(500);
          expect(codes.length).toBeGreaterThan(0);
          expect(codes.filter((code) => !STABLE_CODES.has(code))).toEqual([]);
        }),
        { numRuns: 15, seed: 20080815 },
      );
    }
    expect(await graphFingerprint()).toEqual(before);
    // A mutation refused for a malformed value now still runs its own checks (every problem at once), so each run reads the graph.
  }, 900_000);
});
