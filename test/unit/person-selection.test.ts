import { buildSchema, graphqlSync, GraphQLResolveInfo } from 'graphql';
import { selectedItemFields } from '../../src/graphql/common/selection';
import { personPartsFor } from '../../src/graphql/entities/person.selection';

// (The default resolver calls a rootValue function with args, context, info.)
// A schema shaped like the API's (an item lookup and a Relay connection) whose resolvers record what they were asked.
const schema = buildSchema(`
  type Leader { id: ID }
  type Appointment { id: ID, leadersInCharge: [Leader] }
  type Person { id: ID, name: String, posts: [Appointment], appointments: [Appointment], workload: Int }
  type PersonEdge { node: Person, cursor: String }
  type PersonConnection { edges: [PersonEdge], nodes: [Person], totalCount: Int }
  type Query { person: Person, people: PersonConnection }
`);

function fieldsOf(query: string, variables: Record<string, unknown> = {}): string[] {
  let seen: string[] = [];
  const record = (shape: 'item' | 'connection') => (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    seen = [...selectedItemFields(info, shape)].sort();
    return null;
  };
  const result = graphqlSync({ schema, source: query, variableValues: variables, rootValue: { person: record('item'), people: record('connection') } });
  expect(result.errors?.map((error) => error.message)).toBeUndefined();
  return seen;
}

describe('what a selection reads of a person', () => {
  it('lists the selected fields as paths, through aliases, fragments and inline fragments', () => {
    expect(fieldsOf('{ person { id mine: posts { id } ...More } } fragment More on Person { ... on Person { posts { leadersInCharge { id } } } }')).toEqual([
      'id',
      'posts',
      'posts.id',
      'posts.leadersInCharge',
      'posts.leadersInCharge.id',
    ]);
  });

  it('reads the items of a connection from edges.node and nodes, not the connection itself', () => {
    expect(fieldsOf('{ people { totalCount edges { cursor node { name } } nodes { workload } } }')).toEqual(['name', 'workload']);
  });

  it('honours @skip and @include with their variables', () => {
    expect(fieldsOf('query ($deep: Boolean!) { person { id posts @include(if: $deep) { id } workload @skip(if: $deep) } }', { deep: false })).toEqual(['id', 'workload']);
  });

  it('maps fields to the parts the person statement computes, workload reading all four lists', () => {
    expect(personPartsFor(['id', 'name'])).toEqual([]);
    expect(personPartsFor(['crossPosted'])).toEqual(['posts']);
    expect(personPartsFor(['posts', 'posts.post', 'posts.leadersInCharge'])).toEqual(['leadersInCharge', 'posts']);
    expect(personPartsFor(['workload'])).toEqual(['duties', 'officesInCharge', 'posts', 'residentCadreIn']);
    expect(personPartsFor(['appointments', 'duties'])).toEqual(['appointments', 'duties']);
  });
});
