import { z } from 'zod';
import type { EntityKind } from '../../domain/model';
import { pageShape } from '../page';
import { optionalDay } from './entity-refs.rows';
import * as ITEMS from './entity-items.rows';

/** The item decoder of each entity statement: the decoder entity-items.rows.ts exports under the label's kind. */
export const ENTITY_ITEM_ROWS = ITEMS satisfies Record<EntityKind, z.ZodType>;
export type EntityItem<K extends EntityKind> = z.output<(typeof ENTITY_ITEM_ROWS)[K]>;

const flag = z.boolean();

/** The one row of every entity statement: the page and what the service checks about it. */
export function entityPageRow<K extends EntityKind>(kind: K) {
  return z.strictObject({ dataFrom: optionalDay, townshipFound: flag, ...pageShape, items: z.array(ENTITY_ITEM_ROWS[kind]) });
}
