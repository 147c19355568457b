import { Field, ID, InterfaceType } from 'type-graphql';
import { typeNameOf } from './entity-type-registry';

/**
 * Relay's global object identification: every entity type implements `Node`, its `id` is global
 * (`office:party-affairs`), and `node(id)` / `nodes(ids)` refetch any entity by it.
 */
@InterfaceType({
  description:
    'An entity of the graph (one of the ten labels), identified by a global id such as office:party-affairs: what a normalising client cache keys it by, and what node(id) and nodes(ids) refetch.',
  // A root field's entity is an instance of its type; a reference (a path node) carries its label.
  resolveType: (value: { id: string; label?: unknown }) => typeNameOf(value),
})
export abstract class Node {
  @Field(() => ID, { description: 'The global id, e.g. office:party-affairs (ids are unique across all labels).' })
  id!: string;
}
