import type { ClassType } from 'type-graphql';
import { EntityKind, fileStemOf, MODEL } from '../../domain/model';
import { registeredEntityTypes } from './entity-type-registry';

// Each label's own type file, `<stem>.type.ts` of this folder, registers its class (`@EntityType`) as it loads.
for (const entry of MODEL) require(`./${fileStemOf(entry)}.type`);

/**
 * The GraphQL type of each entity kind (each implements Node; its name is the model's label), from
 * the types the label files registered: a label with none, two, or a type for a label the model
 * does not have, fails here, at start.
 */
export const ENTITY_TYPES: Readonly<Record<EntityKind, ClassType>> = (() => {
  const types = registeredEntityTypes(MODEL.map((entry) => entry.label));
  return Object.fromEntries(MODEL.map((entry, index) => [entry.kind, types[index]!])) as Record<EntityKind, ClassType>;
})();

/** An entity's plain object (a decoded row) as an instance of its GraphQL type, so `Node` resolves its type. */
export function asEntityType<T extends object>(kind: EntityKind, item: T): T {
  return Object.assign(Object.create(ENTITY_TYPES[kind].prototype as object) as T, item);
}
