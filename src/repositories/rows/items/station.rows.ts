import { z } from 'zod';
import { day, holding, list, namedRef, optionalText, partyRelation, postRef, text } from '../entity-refs.rows';
import { registerItemRows } from '../entity-item-rows';

/** The station lookup's item (cypher/queries/entities and fragments/station-items.cypher), key for key. */
export const stationItem = z.strictObject({
  id: text, name: text, nameEn: optionalText, asOf: day, township: namedRef.nullable(), department: namedRef.nullable(),
  partyRelation: partyRelation.nullable(), partyRelations: list(partyRelation), posts: list(postRef), heads: list(holding),
});

registerItemRows('station', stationItem);

declare module '../entity-item-rows' {
  interface EntityItemRows {
    station: typeof stationItem;
  }
}
