import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, ResolveTree } from 'graphql-parse-resolve-info';

/** The arguments of one selection of a field, variables resolved. */
export type FieldArgs = Readonly<Record<string, unknown>>;

/** Selected field paths, each with the arguments of every selection of it (aliases may ask one field twice, with other arguments). */
export type SelectedFields = ReadonlyMap<string, readonly FieldArgs[]>;

/**
 * The fields a request selects under the items its root field returns, as dotted paths
 * ('posts', 'posts.leadersInCharge', …), through aliases, fragments and inline fragments.
 * For a connection the items are `edges.node` and `nodes`. Lets a lookup leave out what nobody reads.
 */
export function selectedItemFields(info: GraphQLResolveInfo, shape: 'item' | 'connection'): SelectedFields {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  const paths = new Map<string, FieldArgs[]>();
  if (!root) return paths;
  const items = shape === 'item' ? [root] : [...childrenNamed(root, 'nodes'), ...childrenNamed(root, 'edges').flatMap((edge) => childrenNamed(edge, 'node'))];
  for (const item of items) collect(item, '', paths);
  return paths;
}

function children(tree: ResolveTree): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));
}

function childrenNamed(tree: ResolveTree, name: string): ResolveTree[] {
  return children(tree).filter((child) => child.name === name);
}

function collect(tree: ResolveTree, prefix: string, paths: Map<string, FieldArgs[]>): void {
  for (const child of children(tree)) {
    const path = prefix + child.name;
    paths.set(path, [...(paths.get(path) ?? []), child.args]);
    collect(child, `${path}.`, paths);
  }
}

/**
 * The fields a request selects under a root field that returns an interface (or a list of one), per
 * object type: the fields asked on the interface itself count for every type, those of an inline
 * fragment or fragment on a type only for it. `Node` → `nodes(ids:) { id ... on Office { people } }`.
 */
export function selectedFieldsByType(info: GraphQLResolveInfo, interfaceName: string, typeNames: readonly string[]): ReadonlyMap<string, SelectedFields> {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  const byType = new Map<string, SelectedFields>();
  for (const typeName of typeNames) {
    const paths = new Map<string, FieldArgs[]>();
    const own = [...Object.values(root?.fieldsByTypeName[interfaceName] ?? {}), ...Object.values(root?.fieldsByTypeName[typeName] ?? {})];
    for (const child of own) {
      paths.set(child.name, [...(paths.get(child.name) ?? []), child.args]);
      collect(child, `${child.name}.`, paths);
    }
    byType.set(typeName, paths);
  }
  return byType;
}
