import DataLoader from 'dataloader';
import { getArgumentValues, GraphQLResolveInfo, Kind, SelectionSetNode, FieldNode } from 'graphql';
import { Arg, ClassType, Ctx, FieldResolver, getMetadataStorage, Info, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { mayLearn, roleFor } from '../../auth/privacy';
import { EntityKind, MODEL, MODEL_OF_KIND, noParts } from '../../domain/model';
import { resolveAsOf } from '../../domain/period';
import { ForbiddenError, NotFoundError } from '../../errors';
import { DateScalar } from '../common/date.scalar';
import type { FieldArgs } from '../common/selection';
import { DAY_ARG_DESCRIPTION, dayFieldsOf } from './day-fields';
import { entityPartsFor } from './entity.selection';
import { asEntityType } from './entity-types';
import { personPartsFor } from './person.selection';

/**
 * References (docs/front-end-contract.md, "Identity"): wherever an entity appears it is its label's
 * own type, and the parent's statement fills it with the node's own properties only (nothing that
 * depends on the day). A field a reference lacks (its posts, people, holders …) is loaded here: every
 * reference that lacks a field in one step of execution is queued, and the queue is answered by ONE
 * node lookup (entities/find-nodes, each label's `<label>-items` fragment with the union of the parts
 * asked), per day asked. So a selection costs one statement per level of reference nesting for the
 * whole answer, never one per item; a selection of own properties costs none.
 */

/**
 * What every reference of a label carries from its parent's statement, whichever statement names it:
 * the id and the names (a duty's or document's title). Other own properties (kind, rank, level,
 * from/to …) come with most references and are loaded for the others; nothing of a day comes with any.
 */
export const REFERENCE_PROPERTIES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  MODEL.map((entry) => [entry.label, entry.kind === 'duty' || entry.kind === 'document' ? ['id', 'title', 'titleEn'] : ['id', 'name', 'nameEn']]),
);

/** One reference's missing fields: which entity, and the parts of its statement they read. */
interface ReferenceKey {
  kind: EntityKind;
  id: string;
  parts: readonly string[];
}

type Loaded = Record<string, unknown>;

/** The loaders of a request, one per day (the node lookup answers one day). */
const LOADERS = new WeakMap<RequestContext, Map<string, DataLoader<ReferenceKey, Loaded, string>>>();

function loaderFor(ctx: RequestContext, day: string): DataLoader<ReferenceKey, Loaded, string> {
  let byDay = LOADERS.get(ctx);
  if (!byDay) LOADERS.set(ctx, (byDay = new Map()));
  let loader = byDay.get(day);
  if (!loader) {
    loader = new DataLoader((keys) => loadReferences(ctx, day, keys), { cacheKeyFn: (key) => `${key.id}|${key.parts.join(',')}` });
    byDay.set(day, loader);
  }
  return loader;
}

async function loadReferences(ctx: RequestContext, day: string, keys: readonly ReferenceKey[]): Promise<(Loaded | Error)[]> {
  const include = noParts();
  for (const key of keys) include[key.kind] = [...new Set([...include[key.kind], ...key.parts])].sort();
  const ids = [...new Set(keys.map((key) => key.id))];
  const lookup = await ctx.services.entities.nodes(ids, day, include, mayLearn(ctx.viewer, 'identity'));
  return keys.map((key) => {
    if (lookup.refused.has(key.id)) {
      return new ForbiddenError(`${key.id} is a person: people need the role ${roleFor('identity')}; your roles: ${ctx.viewer.roles.join(', ') || 'none'}.`);
    }
    const found = lookup.found.get(key.id);
    return found ? (asEntityType(found.kind, found.item) as Loaded) : new NotFoundError(MODEL_OF_KIND[key.kind].label, key.id);
  });
}

/** The parts of a kind's statement that one field (with these arguments) reads. */
function partsOfField(kind: EntityKind, field: string, args: FieldArgs): string[] {
  const fields = new Map([[field, [args]]]);
  return kind === 'person' ? personPartsFor(fields) : entityPartsFor(MODEL_OF_KIND[kind], fields);
}

/** The field node of the root field this field is under (through fragments), found by its response name. */
function rootFieldNode(info: GraphQLResolveInfo): FieldNode | null {
  let path = info.path;
  while (path.prev) path = path.prev;
  const responseName = String(path.key);
  const search = (set: SelectionSetNode): FieldNode | null => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD && (selection.alias?.value ?? selection.name.value) === responseName) return selection;
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : selection.kind === Kind.FRAGMENT_SPREAD ? info.fragments[selection.name.value]?.selectionSet : undefined;
      const found = inner ? search(inner) : null;
      if (found) return found;
    }
    return null;
  };
  return search(info.operation.selectionSet);
}

/** The root field's `asOf` argument, if it has one and it was given. */
function rootAsOf(info: GraphQLResolveInfo): string | null {
  const node = rootFieldNode(info);
  const rootType = info.operation.operation === 'mutation' ? info.schema.getMutationType() : info.schema.getQueryType();
  const definition = node ? rootType?.getFields()[node.name.value] : undefined;
  if (!node || !definition) return null;
  const args = getArgumentValues(definition, node, info.variableValues);
  return typeof args.asOf === 'string' ? args.asOf : null;
}

/**
 * The entity a field reads: the root object itself when it has the field (an entity of a root
 * field, or a reference's own property), else the entity loaded for the references of this level,
 * for the field's own `asOf`, else the root field's asOf, else today.
 */
export async function entityWith<T extends object>(kind: EntityKind, root: T, field: string, args: FieldArgs, ctx: RequestContext, info: GraphQLResolveInfo): Promise<T> {
  if ((root as Record<string, unknown>)[field] !== undefined) return root;
  const day = resolveAsOf(typeof args.asOf === 'string' ? args.asOf : rootAsOf(info));
  const id = (root as { id: string }).id;
  return (await loaderFor(ctx, day).load({ kind, id, parts: partsOfField(kind, field, args) })) as T;
}

/**
 * The resolver of every field of an entity type but `id` and those with a resolver of their own:
 * the root's value when it has one, else loaded (`entityWith`). The day fields take their `asOf`;
 * on the entity of a root field the statement already computed them for that day (`dayOfFields`).
 */
export function entityFieldsResolver(kind: EntityKind, type: ClassType, except: readonly string[]): ClassType {
  @Resolver(() => type)
  class EntityFields {}
  Object.defineProperty(EntityFields, 'name', { value: `${type.name}Fields` });
  const dayFields = dayFieldsOf(kind);
  // The type's own fields and those it inherits (a duty's list fields come from withDutyListFields).
  const declared = getMetadataStorage().fields.filter((field) => field.target === type || field.target.isPrototypeOf(type));
  const inherited = new Map(declared.filter((field) => field.target !== type).map((field) => [field.name, field]));
  const fields = [...new Set(declared.map((field) => field.name))].filter((name) => name !== 'id' && !except.includes(name));
  for (const field of fields) {
    const takesDay = dayFields.includes(field);
    const method = function (this: unknown, root: Record<string, unknown>, ctx: RequestContext, info: GraphQLResolveInfo, asOf?: string | null): unknown {
      if (root[field] !== undefined) return root[field];
      return entityWith(kind, root, field, asOf ? { asOf } : {}, ctx, info).then((entity) => (entity as Record<string, unknown>)[field]);
    };
    Object.defineProperty(EntityFields.prototype, field, { value: method, writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(EntityFields.prototype, field)!;
    Reflect.defineMetadata('design:paramtypes', takesDay ? [Object, Object, Object, String] : [Object, Object, Object], EntityFields.prototype, field);
    Root()(EntityFields.prototype, field, 0);
    Ctx()(EntityFields.prototype, field, 1);
    Info()(EntityFields.prototype, field, 2);
    if (takesDay) Arg('asOf', () => DateScalar, { nullable: true, description: DAY_ARG_DESCRIPTION })(EntityFields.prototype, field, 3);
    // A field resolver of an inherited field (a duty's list fields) names its type itself, as a list
    // when the field is one: type-graphql would reflect a single value. The base's thunk runs here
    // because it sets the list flags only when it first runs.
    const base = inherited.get(field);
    if (base) {
      const itemType = base.getType();
      FieldResolver(() => (base.typeOptions.array ? [itemType] : itemType) as never, { nullable: base.typeOptions.nullable, description: base.description })(EntityFields.prototype, field, descriptor);
    } else FieldResolver()(EntityFields.prototype, field, descriptor);
  }
  return EntityFields;
}
