import { getNamedType, GraphQLField, GraphQLObjectType, GraphQLSchema, isLeafType, isNonNullType, isObjectType } from 'graphql';

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
