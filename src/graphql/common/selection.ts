import { GraphQLResolveInfo, Kind, OperationDefinitionNode, SelectionSetNode, visit } from 'graphql';
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
  return remembered(info, shape, () => itemFieldsOf(info, shape));
}

function itemFieldsOf(info: GraphQLResolveInfo, shape: 'item' | 'connection'): SelectedFields {
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
  return remembered(info, `${interfaceName}:${typeNames.join(',')}`, () => fieldsByTypeOf(info, interfaceName, typeNames));
}

function fieldsByTypeOf(info: GraphQLResolveInfo, interfaceName: string, typeNames: readonly string[]): ReadonlyMap<string, SelectedFields> {
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

/** The selections remembered at one place of an operation, by the values of the variables under it. */
interface Place {
  variables: readonly string[];
  byValues: Map<string, unknown>;
}

/** Distinct values of a place's variables remembered; past that the place starts again. */
const VALUES_PER_PLACE = 256;

const PLACES = new WeakMap<OperationDefinitionNode, Map<string, Place>>();

/**
 * A selection is worked out once per place of a parsed operation and values of the variables under
 * it. parseResolveInfo walks the selection and resolves every argument on each call: 3.6 % of a
 * personNested request's CPU. Apollo Server keeps one parsed document per query text, so the same
 * question asked again has the same operation object. The selection under a field depends only on
 * that document, the field's place in it and the variables it uses there (its arguments, @include
 * and @skip). Callers get the same maps each time and must not change them.
 */
function remembered<T>(info: GraphQLResolveInfo, what: string, work: () => T): T {
  let places = PLACES.get(info.operation);
  if (!places) PLACES.set(info.operation, (places = new Map()));
  const key = `${what}|${info.parentType.name}|${placeOf(info.path)}`;
  let place = places.get(key);
  if (!place) places.set(key, (place = { variables: variablesUnder(info), byValues: new Map() }));
  const values = place.variables.length === 0 ? '' : JSON.stringify(place.variables.map((name) => info.variableValues[name] ?? null));
  if (place.byValues.has(values)) return place.byValues.get(values) as T;
  const selected = work();
  if (place.byValues.size >= VALUES_PER_PLACE) place.byValues.clear();
  place.byValues.set(values, selected);
  return selected;
}

/** The response path without list indices: every item of a list has the same selection. */
function placeOf(path: GraphQLResolveInfo['path']): string {
  const keys: string[] = [];
  for (let at: GraphQLResolveInfo['path'] | undefined = path; at; at = at.prev) if (typeof at.key === 'string') keys.push(at.key);
  return keys.reverse().join('.');
}

/** The variables the field's selection uses (not its own arguments), through the fragments it spreads. */
function variablesUnder(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const spread = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined) => {
    if (!selectionSet) return;
    visit(selectionSet, {
      [Kind.VARIABLE]: (node) => {
        names.add(node.name.value);
      },
      [Kind.FRAGMENT_SPREAD]: (node) => {
        const name = node.name.value;
        if (spread.has(name)) return;
        spread.add(name);
        walk(info.fragments[name]?.selectionSet);
      },
    });
  };
  for (const field of info.fieldNodes) walk(field.selectionSet);
  return [...names].sort();
}
