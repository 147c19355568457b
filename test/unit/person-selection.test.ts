import { buildSchema, executeSync, graphqlSync, GraphQLResolveInfo, parse } from 'graphql';
import { FieldArgs, selectedItemFields } from '../../src/graphql/common/selection';
import { personPartsFor } from '../../src/graphql/entities/person.selection';

// (The default resolver calls a rootValue function with args, context, info.)
// A schema shaped like the API's (an item lookup and a Relay connection) whose resolvers record what they were asked.
const schema = buildSchema(`
  type Leader { id: ID }
  type Appointment { id: ID, leadersInCharge: [Leader] }
  enum DutyRoute { POST OFFICE }
  type Duty { id: ID }
  type Person { id: ID, name: String, posts: [Appointment], appointments: [Appointment], duties(through: DutyRoute): [Duty], workload: Int }
  type PersonEdge { node: Person, cursor: String }
  type PersonConnection { edges: [PersonEdge], nodes: [Person], totalCount: Int }
  type Query { person: Person, people: PersonConnection }
`);

function selectionOf(query: string, variables: Record<string, unknown> = {}): Map<string, readonly FieldArgs[]> {
  let seen = new Map<string, readonly FieldArgs[]>();
  const record = (shape: 'item' | 'connection') => (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    seen = new Map(selectedItemFields(info, shape));
    return null;
  };
  const result = graphqlSync({ schema, source: query, variableValues: variables, rootValue: { person: record('item'), people: record('connection') } });
  expect(result.errors?.map((error) => error.message)).toBeUndefined();
  return seen;
}

function fieldsOf(query: string, variables: Record<string, unknown> = {}): string[] {
  return [...selectionOf(query, variables).keys()].sort();
}

/** Fields selected without arguments. */
function plain(...fields: string[]): Map<string, readonly FieldArgs[]> {
  return new Map(fields.map((field) => [field, [{}]]));
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

  it('keeps the arguments of every selection of a field, variables resolved, aliases apart', () => {
    const selection = selectionOf('query ($route: DutyRoute) { person { mine: duties(through: POST) { id } theirs: duties(through: $route) { id } all: duties { id } } }', { route: 'OFFICE' });
    expect(selection.get('duties')).toEqual([{ through: 'POST' }, { through: 'OFFICE' }, {}]);
  });

  it('maps fields to the parts the person statement computes, workload reading all the lists', () => {
    expect(personPartsFor(plain('id', 'name'))).toEqual([]);
    expect(personPartsFor(plain('crossPosted'))).toEqual(['posts']);
    expect(personPartsFor(plain('posts', 'posts.post', 'posts.leadersInCharge'))).toEqual(['leadersInCharge', 'posts']);
    expect(personPartsFor(plain('workload'))).toEqual(['officeDuties', 'officesInCharge', 'postDuties', 'posts', 'residentCadreIn']);
    expect(personPartsFor(plain('appointments', 'duties'))).toEqual(['appointments', 'officeDuties', 'postDuties']);
  });

  it('reads only the duty routes that `duties(through:)` names', () => {
    expect(personPartsFor(new Map([['duties', [{ through: 'POST' }]]]))).toEqual(['postDuties']);
    expect(personPartsFor(new Map([['duties', [{ through: 'OFFICE' }]]]))).toEqual(['officeDuties']);
    expect(personPartsFor(new Map([['duties', [{ through: 'POST' }, { through: 'OFFICE' }]]]))).toEqual(['officeDuties', 'postDuties']);
    expect(personPartsFor(new Map([['duties', [{ through: 'POST' }, {}]]]))).toEqual(['officeDuties', 'postDuties']);
    expect(personPartsFor(new Map([['duties', [{ through: null }]]]))).toEqual(['officeDuties', 'postDuties']);
  });

  describe('asked again with the same parsed operation (as Apollo Server keeps one per query text)', () => {
    const document = parse('query ($id: ID, $deep: Boolean!, $route: DutyRoute) { person { id posts @include(if: $deep) { id } duties(through: $route) { id } } }');
    function selectionFor(variables: Record<string, unknown>): ReadonlyMap<string, readonly FieldArgs[]> {
      let seen: ReadonlyMap<string, readonly FieldArgs[]> = new Map();
      const record = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        seen = selectedItemFields(info, 'item');
        return null;
      };
      const result = executeSync({ schema, document, variableValues: variables, rootValue: { person: record } });
      expect(result.errors).toBeUndefined();
      return seen;
    }

    it('answers the same selection for variables the selection does not use (the root field\'s own)', () => {
      const first = selectionFor({ id: 'person:a', deep: true, route: 'POST' });
      expect(selectionFor({ id: 'person:b', deep: true, route: 'POST' })).toBe(first);
    });

    it('works the selection out again when a variable under it changes (@include, an argument)', () => {
      expect([...selectionFor({ deep: true, route: 'POST' }).keys()].sort()).toEqual(['duties', 'duties.id', 'id', 'posts', 'posts.id']);
      expect([...selectionFor({ deep: false, route: 'POST' }).keys()].sort()).toEqual(['duties', 'duties.id', 'id']);
      expect(selectionFor({ deep: false, route: 'OFFICE' }).get('duties')).toEqual([{ through: 'OFFICE' }]);
      expect(selectionFor({ deep: false, route: 'POST' }).get('duties')).toEqual([{ through: 'POST' }]);
    });
  });
});
