import { getNamedType, GraphQLField, GraphQLObjectType, GraphQLOutputType, GraphQLSchema, isAbstractType, isLeafType, isNonNullType, isObjectType } from 'graphql';
import { REFERENCE_PROPERTIES } from '../../src/graphql/entities/reference-fields';

/**
 * An entity met below another one (a reference: an office's posts, a duty's owner, a union's member)
 * is asked for this many levels: its own fields and those of the objects it holds (a holding, a
 * period), not the entities behind them. Every label is also asked for as a root field with
 * everything below it, so going deeper through references would ask the same fields again, on an
 * answer that grows by the product of the lists it crosses.
 */
export const REFERENCE_LEVELS = 2;

/**
 * Queries that select every field the schema offers, generated from the SDL, so a test can ask
 * "everything a role may see" and compare answers. Each path stops at `depth` levels (a reference at
 * REFERENCE_LEVELS below it) and never enters a type already on it (the schema's cycles); a union
 * or interface is asked for each of its members; fields with required arguments and no default are left out.
 */
export function selectEverything(schema: GraphQLSchema, type: GraphQLObjectType, depth: number, onPath: ReadonlySet<string> = new Set([type.name]), inEntity = isEntityType(type), asMember = false): string {
  const parts: string[] = [];
  const inner = (member: GraphQLObjectType, ofUnion = false): string => {
    if (onPath.has(member.name)) return ofUnion ? `${member.name}_id: id` : 'id';
    const entity = isEntityType(member);
    const levels = entity && inEntity ? Math.min(depth - 1, REFERENCE_LEVELS) : depth - 1;
    return selectEverything(schema, member, levels, new Set([...onPath, member.name]), inEntity || entity, ofUnion);
  };
  // Members of a union may have fields of one name and different types (Office.kind, Village.kind):
  // each member's fields are aliased by the member's name.
  const aliased = (field: string) => (asMember ? `${type.name}_${field}: ${field}` : field);
  for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      parts.push(aliased(field.name));
    } else if (depth <= 1) {
      continue;
    } else if (isAbstractType(named)) {
      const members = schema.getPossibleTypes(named).map((member) => `... on ${member.name} { ${inner(member, true) || '__typename'} }`);
      parts.push(`${aliased(field.name)} { __typename ${members.join(' ')} }`);
    } else if (isObjectType(named) && !onPath.has(named.name)) {
      const selection = inner(named);
      if (selection) parts.push(`${aliased(field.name)} { ${selection} }`);
    }
  }
  return parts.join(' ');
}

/** One root field (aliased) with literal arguments, selecting everything below it. */
export function rootQuery(schema: GraphQLSchema, alias: string, field: string, args: Record<string, string | number | boolean>, depth: number): string {
  const type = getNamedType(schema.getQueryType()!.getFields()[field]!.type);
  const argText = Object.entries(args)
    .map(([name, value]) => `${name}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`)
    .join(', ');
  const selection = isObjectType(type) ? ` { ${selectEverything(schema, type, depth)} }` : '';
  return `${alias}: ${field}${argText ? `(${argText})` : ''}${selection}`;
}

/** An answer with what only echoes the question (`asOf`, and a change set's `from`/`to`) left out, keys sorted. */
export function canonical(value: unknown, drop: ReadonlySet<string> = new Set(['asOf'])): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, drop));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !drop.has(key))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, canonical(inner, drop)]),
    );
  }
  return value;
}

/** Whether an object type is an entity type (implements Node). */
export function isEntityType(type: GraphQLObjectType): boolean {
  return type.getInterfaces().some((inner) => inner.name === 'Node');
}

/**
 * Every field of the type, recursively (`dayArgs` on each field with an `asOf`, `alias` for the
 * top level's fields): the deepest selection the root field's own statement answers. An entity met
 * below the top (a reference: `posts`, `owner`, a union's member) is asked for what every reference
 * carries (REFERENCE_PROPERTIES), so the selection ends although the entity types refer to each other.
 */
export function deepestSelection(schema: GraphQLSchema, type: GraphQLOutputType, options: { dayArgs?: string; alias?: (typeName: string, field: string) => string } = {}, depth = 0): string {
  const named = getNamedType(type);
  if (depth > 12) throw new Error(`${named.name}: the selection does not end (a cycle?)`);
  if (isAbstractType(named)) {
    if (depth === 0) return '';
    const members = schema.getPossibleTypes(named).map((member) => `... on ${member.name} { ${REFERENCE_PROPERTIES[member.name]!.join(' ')} }`);
    return `{ __typename ${members.join(' ')} }`;
  }
  if (!isObjectType(named)) return '';
  if (depth > 0 && isEntityType(named)) return `{ ${REFERENCE_PROPERTIES[named.name]!.join(' ')} }`;
  const fields = Object.values(named.getFields()).map((field) => {
    const inner = deepestSelection(schema, field.type, options, depth + 1);
    const day = options.dayArgs && field.args.some((arg) => arg.name === 'asOf') ? `(${options.dayArgs})` : '';
    const alias = depth === 0 && options.alias ? `${options.alias(named.name, field.name)}: ` : '';
    return `${alias}${field.name}${day} ${inner}`.trim();
  });
  return `{ ${fields.join(' ')} }`;
}
