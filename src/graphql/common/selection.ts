import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, ResolveTree } from 'graphql-parse-resolve-info';

/**
 * The fields a request selects under the items its root field returns, as dotted paths
 * ('posts', 'posts.leadersInCharge', …), through aliases, fragments and inline fragments.
 * For a connection the items are `edges.node` and `nodes`. Lets a lookup leave out what nobody reads.
 */
export function selectedItemFields(info: GraphQLResolveInfo, shape: 'item' | 'connection'): Set<string> {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  const paths = new Set<string>();
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

function collect(tree: ResolveTree, prefix: string, paths: Set<string>): void {
  for (const child of children(tree)) {
    const path = prefix + child.name;
    paths.add(path);
    collect(child, `${path}.`, paths);
  }
}
