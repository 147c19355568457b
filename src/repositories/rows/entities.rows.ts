import { z } from 'zod';
import { EntityKind, fileStemOf, MODEL } from '../../domain/model';
import { pageShape } from '../page';
import { optionalDay } from './entity-refs.rows';
import { EntityItemRows, registeredItemRows } from './entity-item-rows';

// Each label's own decoder file, `items/<stem>.rows.ts`, registers its item decoder as it loads.
for (const entry of MODEL) require(`./items/${fileStemOf(entry)}.rows`);

/** Every kind of the model has its decoder (a label whose file is missing does not compile). */
type EveryKind<T extends Record<EntityKind, z.ZodType>> = T;

/** The item decoder of each entity statement, by the label's kind (rows/items/<label>.rows.ts). */
export const ENTITY_ITEM_ROWS = registeredItemRows(MODEL.map((entry) => entry.kind));
// A kind of the model without its decoder file fails to compile here.
export type EveryKindDecoded = EveryKind<EntityItemRows>;
export type EntityItem<K extends EntityKind> = z.output<EntityItemRows[K]>;

const flag = z.boolean();

/** The one row of every entity statement: the page and what the service checks about it. */
export function entityPageRow<K extends EntityKind>(kind: K) {
  return z.strictObject({ dataFrom: optionalDay, townshipFound: flag, ...pageShape, items: z.array(ENTITY_ITEM_ROWS[kind]) });
}
