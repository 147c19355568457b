import type { EntityKind } from '../../domain/model';

/**
 * The item decoder of each entity statement (cypher/queries/entities/find-*.cypher), registered by
 * its label's own file: `registerItemRows('office', officeItem)` in `items/office.rows.ts`, which also
 * adds its type to `EntityItemRows` (declaration merging), so each item is typed key for key with no
 * shared list of the labels. A part the selection left out (`$include`) comes back as an empty list or
 * null, which every decoder accepts. entities.rows.ts loads the files by the model's kinds.
 */
export interface EntityItemRows {}

const DECODERS: Partial<EntityItemRows> = {};

export function registerItemRows<K extends keyof EntityItemRows>(kind: K, decoder: EntityItemRows[K]): void {
  const taken = DECODERS[kind];
  if (taken && taken !== decoder) throw new Error(`the ${String(kind)} lookup already has its item decoder (rows/items)`);
  DECODERS[kind] = decoder;
}

/** The decoder of every kind of the model; a kind with none, or a decoder of a kind the model lacks, fails naming it. */
export function registeredItemRows(kinds: readonly EntityKind[]): EntityItemRows {
  const registered: readonly string[] = Object.keys(DECODERS);
  const missing = kinds.filter((kind) => !registered.includes(kind)).map((kind) => `${kind} has none`);
  const extra = registered.filter((kind) => !(kinds as readonly string[]).includes(kind)).map((kind) => `${kind} is not in the model`);
  if (missing.length > 0 || extra.length > 0) throw new Error(`entity item decoders (registerItemRows in repositories/rows/items/<label>.rows.ts): ${[...missing, ...extra].join('; ')}`);
  return DECODERS as EntityItemRows;
}
