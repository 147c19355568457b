import { getNamedType, GraphQLField, GraphQLObjectType, GraphQLOutputType, GraphQLSchema, isAbstractType, isLeafType, isNonNullType, isObjectType } from 'graphql';
import { REFERENCE_PROPERTIES } from '../../src/graphql/entities/reference-fields';

/**
 * Queries that select every field the schema offers, generated from the SDL, so a test can ask
 * "everything a role may see" and compare answers. Each path stops at `depth` levels and never
 * enters a type already on it (the schema's cycles); fields with required arguments and no default are left out.
 */
export function selectEverything(type: GraphQLObjectType, depth: number, onPath: ReadonlySet<string> = new Set([type.name])): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      parts.push(field.name);
    } else if (isObjectType(named) && depth > 1 && !onPath.has(named.name)) {
      const inner = selectEverything(named, depth - 1, new Set([...onPath, named.name]));
      if (inner) parts.push(`${field.name} { ${inner} }`);
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
  const selection = isObjectType(type) ? ` { ${selectEverything(type, depth)} }` : '';
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
