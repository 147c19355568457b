import { execute, GraphQLResolveInfo, GraphQLSchema, isObjectType, parse } from 'graphql';
import { ForbiddenError } from '../../src/errors';
import { buildSchema, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Protected } from '../../src/graphql/common/protected';
import { fieldAccess, gateProtectedFields } from '../../src/graphql/auth-checker';
import { buildDutygraphSchema } from '../../src/graphql/schema';
import { PROTECTED_FACTS } from '../../src/auth/privacy';
import type { Role, Viewer } from '../../src/auth/roles';
import type { ProtectedExtension } from '../../src/graphql/common/protected';

/** How often each resolver body ran: a refused field's value must never be computed. */
const computed = { name: 0, member: 0 };

@ObjectType({ description: 'A person in the test schema.' })
class Someone {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Protected('identity')
  @Field(() => String, { nullable: true, description: 'Staff and above.' })
  get name(): string {
    computed.name += 1;
    return `name of ${this.id}`;
  }

  @Protected('partyMembership')
  @Field(() => Boolean, { nullable: true, description: 'Discipline and above.' })
  get member(): boolean {
    computed.member += 1;
    return true;
  }
}

@Resolver()
class SomeoneResolver {
  @Query(() => [Someone], { description: 'N people.' })
  people(@Ctx() ctx: { count: number }): Someone[] {
    return Array.from({ length: ctx.count }, (_, index) => Object.assign(new Someone(), { id: `p${index}` }));
  }
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({ resolvers: [SomeoneResolver], validate: false });
  expect(gateProtectedFields(schema)).toBe(2);
});
beforeEach(() => {
  computed.name = 0;
  computed.member = 0;
});

const as = (role: Role | null): Viewer => (role ? { subject: role, roles: [role], anonymous: false } : { subject: 'anonymous', roles: [], anonymous: true });

async function ask(role: Role | null, count: number) {
  const contextValue = { viewer: as(role), count };
  const result = await execute({ schema, document: parse('{ people { id name member } }'), contextValue });
  return { result, decisions: fieldAccess(contextValue).decided.size };
}

describe('protected fields are gated once per operation, by a synchronous wrapper on those fields only', () => {
  it('refuses a list item field once per item, each at its path with FORBIDDEN, and never computes it', async () => {
    const { result } = await ask('staff', 5);
    expect(result.data?.people).toEqual(Array.from({ length: 5 }, (_, index) => ({ id: `p${index}`, name: `name of p${index}`, member: null })));
    expect(result.errors?.map((error) => [error.path?.join('.'), error.extensions.code])).toEqual(Array.from({ length: 5 }, (_, index) => [`people.${index}.member`, 'FORBIDDEN']));
    expect(computed).toEqual({ name: 5, member: 0 });
  });

  it('makes as many decisions as gated coordinates in the selection, whatever the number of items', async () => {
    expect((await ask('viewer', 1)).decisions).toBe(2);
    const { decisions, result } = await ask('viewer', 200);
    expect(decisions).toBe(2);
    expect(result.errors).toHaveLength(400);
  });

  it('answers an anonymous caller UNAUTHENTICATED on a gated field, and the discipline role everything', async () => {
    const anonymous = await ask(null, 2);
    expect(new Set(anonymous.result.errors?.map((error) => error.extensions.code))).toEqual(new Set(['UNAUTHENTICATED']));
    expect(anonymous.result.errors).toHaveLength(4);
    const discipline = await ask('discipline', 3);
    expect(discipline.result.errors).toBeUndefined();
    expect(computed.member).toBe(3);
  });

  it('says which role is needed and which roles the caller has', async () => {
    const { result } = await ask('staff', 1);
    expect(result.errors?.[0]?.message).toBe('This field needs the role discipline; your roles: staff.');
  });
});

describe("the service's schema", () => {
  it('gates every field whose extension names a role: the lowest role is refused synchronously, before any resolver runs', async () => {
    const built = await buildDutygraphSchema();
    const gated = Object.values(built.getTypeMap())
      .filter(isObjectType)
      .filter((type) => !type.name.startsWith('__'))
      .flatMap((type) => Object.values(type.getFields()))
      .filter((field) => (field.extensions as Partial<ProtectedExtension>).requires !== undefined);
    expect(gated.length).toBeGreaterThan(20);
    for (const field of gated) {
      const extension = field.extensions as unknown as ProtectedExtension;
      expect(extension.requires).toBe(PROTECTED_FACTS[extension.protects].role);
      const context = { viewer: as('viewer') };
      // A source that fails if read: the refusal comes first, and it is thrown, not a rejected promise.
      const source = new Proxy({}, { get: () => { throw new Error(`${field.name} was computed`); } });
      expect(() => field.resolve!(source, {}, context, {} as GraphQLResolveInfo)).toThrow(ForbiddenError);
    }
  });
});
