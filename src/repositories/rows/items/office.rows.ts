import { z } from 'zod';
import { day, flag, holding, kindRef, list, namedRef, officeLeader, optionalDay, optionalText, ownedDuty, postRef, text } from '../entity-refs.rows';
import { registerItemRows } from '../entity-item-rows';

/** The office lookup's item (cypher/queries/entities and fragments/office-items.cypher), key for key. */
export const officeItem = z.strictObject({
  id: text, name: text, nameEn: optionalText, kind: optionalText, from: optionalDay, to: optionalDay, asOf: day, active: flag,
  township: namedRef.nullable(), posts: list(postRef), people: list(holding), duties: list(ownedDuty), leadersInCharge: list(officeLeader),
  villages: list(kindRef), mergedInto: list(kindRef), mergedFrom: list(kindRef),
});

registerItemRows('office', officeItem);

declare module '../entity-item-rows' {
  interface EntityItemRows {
    office: typeof officeItem;
  }
}
