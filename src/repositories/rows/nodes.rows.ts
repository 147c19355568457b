import { z } from 'zod';
import { MODEL } from '../../domain/model';
import { optionalDay, text } from './entity-briefs.rows';
import { ENTITY_ITEM_ROWS } from './entities.rows';

/**
 * The one row of entities/find-nodes: the earliest day of data, the ids of people refused, and the
 * entities found, one list per label (named as the label's list, `offices`, `people` …), each item
 * decoded as its own find statement's item.
 */
export const nodesRow = z.strictObject({
  dataFrom: optionalDay,
  refusedPeople: z.array(text),
  ...Object.fromEntries(MODEL.map((entry) => [entry.list, z.array(ENTITY_ITEM_ROWS[entry.kind])])),
});
