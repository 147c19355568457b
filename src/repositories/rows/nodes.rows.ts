import { z } from 'zod';
import { EntityKind, MODEL, RecordList } from '../../domain/model';
import { optionalDay, text } from './entity-refs.rows';
import { ENTITY_ITEM_ROWS } from './entities.rows';

/** Each label's list of items, keyed by its record list, each item decoded as its own find statement's. */
type ItemRow = (typeof ENTITY_ITEM_ROWS)[EntityKind];
const listsOfLabels = Object.fromEntries(MODEL.map((entry) => [entry.list, z.array<ItemRow>(ENTITY_ITEM_ROWS[entry.kind])])) as Record<RecordList, z.ZodArray<ItemRow>>;

/**
 * The one row of entities/find-nodes: the earliest day of data, the ids of people refused, and the
 * entities found, one list per label (named as the label's list, `offices`, `people` …), each item
 * decoded as its own find statement's item.
 */
export const nodesRow = z.strictObject({ dataFrom: optionalDay, refusedPeople: z.array(text), ...listsOfLabels });
