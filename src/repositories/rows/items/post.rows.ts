import { z } from 'zod';
import { day, flag, holding, list, namedRef, officeCharge, optionalDay, optionalText, ownedDuty, postRef, text, unitPeriod, unitRef } from '../entity-refs.rows';
import { registerItemRows } from '../entity-item-rows';

/** The post lookup's item (cypher/queries/entities and fragments/post-items.cypher), key for key. */
export const postItem = z.strictObject({
  id: text, name: text, nameEn: optionalText, level: optionalText, rank: optionalText, from: optionalDay, to: optionalDay, singleHolder: flag, asOf: day,
  active: flag, unit: unitRef.nullable(), units: list(unitPeriod), township: namedRef.nullable(),
  holders: list(holding), actingHolders: list(holding), holderHistory: list(holding), vacant: flag,
  deputyOf: postRef.nullable(), deputies: list(postRef), inChargeOf: list(officeCharge), duties: list(ownedDuty),
});

registerItemRows('post', postItem);

declare module '../entity-item-rows' {
  interface EntityItemRows {
    post: typeof postItem;
  }
}
