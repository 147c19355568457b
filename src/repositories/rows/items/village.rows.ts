import { z } from 'zod';
import { day, flag, holding, list, namedRef, optionalDay, optionalText, personRef, postRef, text, unitPeriod, unitRef } from '../entity-refs.rows';
import { registerItemRows } from '../entity-item-rows';

/** The village lookup's item (cypher/queries/entities and fragments/village-items.cypher), key for key. */
export const villageItem = z.strictObject({
  id: text, name: text, nameEn: optionalText, kind: optionalText, complex: flag, asOf: day, under: unitRef.nullable(), underHistory: list(unitPeriod),
  township: namedRef.nullable(), residentCadre: list(z.strictObject({ person: personRef, from: day, to: optionalDay })),
  posts: list(z.strictObject({ post: postRef, holders: list(holding), vacant: flag })),
});

registerItemRows('village', villageItem);

declare module '../entity-item-rows' {
  interface EntityItemRows {
    village: typeof villageItem;
  }
}
