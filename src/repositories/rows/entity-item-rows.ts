import type { EntityKind } from '../../domain/model';
import { LabelRegistry } from '../../domain/label-registry';

/**
 * The item decoder of each entity statement (cypher/queries/entities/find-*.cypher), registered by
 * its label's own file: `registerItemRows('office', officeItem)` in `items/office.rows.ts`, which also
 * adds its type to `EntityItemRows` (declaration merging), so each item is typed key for key with no
 * shared list of the labels. A part the selection left out (`$include`) comes back as an empty list or
 * null, which every decoder accepts. entities.rows.ts loads the files by the model's kinds.
 */
export interface EntityItemRows {}

const DECODERS = new LabelRegistry<unknown>('its item decoder', 'entity item decoders (registerItemRows in repositories/rows/items/<label>.rows.ts)', () => 'a decoder');
const BY_KIND: Partial<EntityItemRows> = {};

export function registerItemRows<K extends keyof EntityItemRows>(kind: K, decoder: EntityItemRows[K]): void {
  DECODERS.register(kind, decoder);
  BY_KIND[kind] = decoder;
}

/** The decoder of every kind of the model; a kind with none, or a decoder of a kind the model lacks, fails naming it. */
export function registeredItemRows(kinds: readonly EntityKind[]): EntityItemRows {
  DECODERS.each(kinds);
  return BY_KIND as EntityItemRows;
}
