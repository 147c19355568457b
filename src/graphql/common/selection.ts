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
