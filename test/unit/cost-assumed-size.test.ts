import { parse } from 'graphql';
import { LIST_SIZE, operationCost } from '../../src/graphql/cost';
import { buildDutygraphSchema } from '../../src/graphql/schema';

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

  it('keeps LIST_SIZE for a list it does not bound (the assisting owners)', async () => {
    expect(await costOf('assists { name }')).toBe(3 + 1 + LIST_SIZE * 1);
  });

  it('costs the bench’s who handles X below the expensive-query threshold (GRAPHQL_HEAVY_COST 10,000)', async () => {
    const cost = await costOf(
      'duty { id title } leads { owner { ... on Node { id } } kind role name holders { person { id name } acting } leadersInCharge { post { id name } holders { person { id name } } } } assists { owner { ... on Node { id } } kind role name }',
    );
    expect(cost * 5).toBeLessThan(10_000);
  });
});
