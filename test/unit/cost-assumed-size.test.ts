import { parse } from 'graphql';
import { LIST_SIZE, operationCost } from '../../src/graphql/cost';
import { buildDutygraphSchema } from '../../src/graphql/schema';
import { MAX_PATH_STEPS } from '../../src/domain/explanation-paths';
import { loadConfig } from '../../src/config';
import { webOperations } from '../helpers/web-operations';

/**
 * A list the domain bounds (a duty's lead owners, an owner's holders, an office's leaders in charge)
 * is costed at its assumed size, not LIST_SIZE: who handles X with the people behind each owner is
 * the town's everyday question and must not queue as an expensive one.
 */
describe('the cost of lists the domain bounds', () => {
  const costOf = async (selection: string) => operationCost(await buildDutygraphSchema(), parse(`{ whoIsResponsible(query: "x", first: 1) { edges { node { ${selection} } } } }`), {})!;

  it('counts a duty’s lead owners twice and an owner’s holders three times', async () => {
    // 1 (whoIsResponsible) + 1 (edges) + 1 (node) + leads: 1 + 2 × (name 1 + holders (1 + 3 × (acting 1)))
    expect(await costOf('leads { name holders { acting } }')).toBe(3 + 1 + 2 * (1 + (1 + 3 * 1)));
  });

  it('counts a duty’s assisting owners three times and a path’s steps at MAX_PATH_STEPS', async () => {
    expect(await costOf('assists { name }')).toBe(3 + 1 + 3 * 1);
    expect(await costOf('explanation { steps { edge { type } } }')).toBe(3 + 1 + LIST_SIZE * (1 + MAX_PATH_STEPS * (1 + 1)));
  });

  it('keeps LIST_SIZE for a list it does not bound (the explanation paths)', async () => {
    expect(await costOf('explanation { kind }')).toBe(3 + 1 + LIST_SIZE * 1);
  });

  it('costs the bench’s who handles X below the expensive-query threshold (GRAPHQL_HEAVY_COST 10,000)', async () => {
    const cost = await costOf(
      'duty { id title } leads { owner { ... on Node { id } } kind role name holders { person { id name } acting } leadersInCharge { post { id name } holders { person { id name } } } } assists { owner { ... on Node { id } } kind role name }',
    );
    expect(cost * 5).toBeLessThan(10_000);
  });

  it('costs every query of the staff app, as the app sends it, below GRAPHQL_HEAVY_COST: no page of it queues as an expensive query', async () => {
    const schema = await buildDutygraphSchema();
    const heavyCost = loadConfig({}).graphql.heavyCost;
    const queries = webOperations().filter(({ text }) => /^\s*query\b/.test(text));
    expect(queries.length).toBeGreaterThanOrEqual(10);
    const costs = Object.fromEntries(queries.map(({ name, text }) => [name, operationCost(schema, parse(text), STAFF_APP_VARIABLES[name] ?? {})]));
    for (const [name, cost] of Object.entries(costs)) {
      expect([name, cost]).toEqual([name, expect.any(Number)]);
      expect([name, cost! < heavyCost]).toEqual([name, true]);
    }
  });
});

/** The required variables of the staff app's queries (values of the right type; ids need not exist to be costed). */
const STAFF_APP_VARIABLES: Record<string, Record<string, unknown>> = {
  WHO_IS_RESPONSIBLE: { query: '村里修路找谁' },
  CHANGES: { from: '2024-01-01', to: '2024-12-31' },
  STATION_MOVES: { from: '2024-01-01', to: '2024-12-31' },
  PEOPLE_BY_NAME: { text: '王' },
  OFFICE: { id: 'office:party' },
  POST: { id: 'post:director' },
  PERSON: { id: 'person:x' },
  VILLAGE: { id: 'village:x' },
  DUTY: { id: 'duty:x' },
};
