import { getOperationAST, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { CostCache, operationCost } from '../../src/graphql/cost';
import { buildDutygraphSchema } from '../../src/graphql/schema';

jest.mock('graphql-query-complexity', () => {
  const actual = jest.requireActual<typeof import('graphql-query-complexity')>('graphql-query-complexity');
  return { ...actual, getComplexity: jest.fn(actual.getComplexity) };
});

const QUERY = `query People($t: ID, $n: Int, $names: Boolean!, $d: Date) {
  people(township: $t, first: $n, asOf: $d) { edges { node { id name @include(if: $names) } } }
}`;

describe('CostCache: the cost of a document is computed once per value of its cost variables', () => {
  it('answers what operationCost answers, walking the selection only when first, last or an if changes', async () => {
    const schema = await buildDutygraphSchema();
    const document = parse(QUERY);
    const operation = getOperationAST(document) ?? undefined;
    const cache = new CostCache(schema);
    const walks = getComplexity as jest.MockedFunction<typeof getComplexity>;
    const cases: Record<string, unknown>[] = [
      { t: 'town:a', n: 10, names: true },
      { t: 'town:b', n: 10, names: true, d: '2020-01-01' },
      { t: 'town:a', n: 50, names: true },
      { t: 'town:a', n: 50, names: false },
      { t: 'town:a', names: true },
      { t: 'town:a', n: null, names: true },
    ];
    const expected = cases.map((variables) => operationCost(schema, document, variables));
    walks.mockClear();
    expect(cases.map((variables) => cache.cost(document, operation, variables))).toEqual(expected);
    // The second case differs from the first only in variables the cost does not read.
    expect(walks).toHaveBeenCalledTimes(cases.length - 1);
    expect(new Set(expected).size).toBeGreaterThan(2);
    walks.mockClear();
    expect(cases.map((variables) => cache.cost(document, operation, variables))).toEqual(expected);
    expect(walks).not.toHaveBeenCalled();
  });

  it('answers undefined for invalid variables, as operationCost does, even after a valid request', async () => {
    const schema = await buildDutygraphSchema();
    const document = parse(QUERY);
    const operation = getOperationAST(document) ?? undefined;
    const cache = new CostCache(schema);
    expect(cache.cost(document, operation, { n: 10, names: true })).toBeGreaterThan(0);
    expect(operationCost(schema, document, { n: 'ten', names: true })).toBeUndefined();
    expect(cache.cost(document, operation, { n: 10, names: 'yes' })).toBeUndefined();
    expect(cache.cost(document, operation, { n: 10 })).toBeUndefined();
  });
});
