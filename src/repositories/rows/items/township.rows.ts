import { z } from 'zod';
import { day, kindRef, list, namedRef, optionalDay, optionalText, postRef, text } from '../entity-refs.rows';
import { registerItemRows } from '../entity-item-rows';

/** The township lookup's item (cypher/queries/entities and fragments/township-items.cypher), key for key. */
export const townshipItem = z.strictObject({
  id: text, name: text, nameEn: optionalText, areaKm2: z.number().nullable(), population: z.number().nullable(), distanceToCityKm: z.number().nullable(),
  staff: z.number().nullable(), pilotFrom: optionalDay, pilotTo: optionalDay, dataFrom: optionalDay, asOf: day,
  offices: list(kindRef), villages: list(kindRef), stations: list(namedRef), posts: list(postRef), partyOrganizations: list(kindRef),
});

registerItemRows('township', townshipItem);

declare module '../entity-item-rows' {
  interface EntityItemRows {
    township: typeof townshipItem;
  }
}
