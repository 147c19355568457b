import { ClassType, createUnionType } from 'type-graphql';
import type { EntityKind, NodeLabel } from '../../domain/model';
import { LabelRegistry } from '../../domain/label-registry';

/**
 * The one GraphQL type of each entity label, for the types that name an entity as a reference
 * (`Owner.office`, `Appointment.post`, `OfficeCharge.office` …): references are the label's own type
 * (docs/front-end-contract.md, "Identity"), never a look-alike. Each `<label>.type.ts` registers its
 * class with `@EntityType(label)`, and its `<label>.resolver.ts` its lookup with `@EntityLookups(kind)`;
 * entity-types.ts loads those files for every label of the model and checks each has exactly one. The
 * relationship types are imported by the entity types, so they name the entity types through this
 * registry instead of importing them, which would close an import cycle.
 */
const TYPES = new LabelRegistry<ClassType>('an entity type', 'entity types (@EntityType in graphql/entities/<label>.type.ts)');
const LOOKUPS = new LabelRegistry<ClassType>('a lookup resolver', 'lookup resolvers (@EntityLookups in graphql/entities/<label>.resolver.ts)');

/**
 * Registers the class as the GraphQL type of a label of the model. Its GraphQL name is its class
 * name, which must be the label (a reference whose type varies resolves by its label).
 */
export function EntityType(label: NodeLabel): (type: ClassType) => void {
  return (type) => {
    if (type.name !== label) throw new Error(`@EntityType('${label}') on ${type.name}: the type of a label is named by the label`);
    TYPES.register(label, type);
  };
}

/** Registers the class as the resolver of the lookup and list root fields of a kind (`office(id)`, `offices`). */
export function EntityLookups(kind: EntityKind): (resolver: ClassType) => void {
  return (resolver) => LOOKUPS.register(kind, resolver);
}

/** The entity type of each label asked (the model's), checked: exactly one each, none besides. */
export function registeredEntityTypes(labels: readonly string[]): ClassType[] {
  return TYPES.each(labels);
}

/** The lookup resolver of each kind asked (the model's), checked likewise. */
export function registeredLookups(kinds: readonly string[]): ClassType[] {
  return LOOKUPS.each(kinds);
}

/** The entity type of a label, for a field's lazy type function: `@Field(() => entityType('Office'))`. */
export function entityType(label: string): ClassType {
  const type = TYPES.get(label);
  if (!type) throw new Error(`no entity type is registered for ${label} (its <label>.type.ts registers it with @EntityType)`);
  return type;
}

/** True for the type of an entity label (not a relationship type). */
export function isEntityType(type: unknown): boolean {
  return typeof type === 'function' && TYPES.get(type.name) === type;
}

/**
 * The GraphQL type of an entity or a reference: an instance of its type (a root field's entity) says
 * it by its class; a reference whose type varies (a union member, a path node) carries its `label`
 * (not a field: the type says it), as the statements name it.
 */
export function typeNameOf(value: { id: string; label?: unknown }): string {
  if (typeof value.label === 'string' && TYPES.has(value.label)) return value.label;
  const prototype = Object.getPrototypeOf(value) as object | null;
  if (prototype && prototype !== Object.prototype && TYPES.has(prototype.constructor.name)) return prototype.constructor.name;
  throw new Error(`${value.id}: a reference without its label`);
}

/**
 * An entity reference as a relationship type holds it: the node's own properties (id, names, kind,
 * rank, level, from/to), filled by the parent's statement; what else a selection asks of it is
 * loaded for every reference of that level at once (reference-fields.ts).
 */
export interface EntityRef {
  id: string;
  /** Where the type varies (a union, a Node): the label, which resolves the type. */
  label?: string;
}

/** A union of entity types, resolved by the reference's label. */
function entityUnion(name: string, labels: readonly string[], description: string) {
  return createUnionType({
    name,
    description,
    types: () => labels.map(entityType) as [ClassType, ...ClassType[]],
    resolveType: (value) => typeNameOf(value as EntityRef),
  });
}

export const UnitUnion = entityUnion('Unit', ['Office', 'Village', 'Station', 'Township'], 'A unit a post is IN: an Office, Village, Station or Township.');
export const VillageUnitUnion = entityUnion('VillageUnit', ['Township', 'Office'], 'A unit a village is UNDER: the Township or one of its offices.');
export const DutyOwnerUnitUnion = entityUnion('DutyOwnerUnit', ['Office', 'Post'], 'What is RESPONSIBLE_FOR a duty: an Office or a Post.');
