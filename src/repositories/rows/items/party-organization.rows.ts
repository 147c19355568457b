import { z } from 'zod';
import { day, list, namedRef, optionalDay, optionalText, text } from '../entity-refs.rows';
import { registerItemRows } from '../entity-item-rows';

/** The partyOrganization lookup's item (cypher/queries/entities and fragments/party-organization-items.cypher), key for key. */
export const partyOrganizationItem = z.strictObject({
  id: text, name: text, nameEn: optionalText, kind: optionalText, asOf: day, township: namedRef.nullable(), department: namedRef.nullable(),
  stations: list(z.strictObject({ station: namedRef, from: day, to: optionalDay, basis: optionalText, exemption: optionalText })),
});

registerItemRows('partyOrganization', partyOrganizationItem);

declare module '../entity-item-rows' {
  interface EntityItemRows {
    partyOrganization: typeof partyOrganizationItem;
  }
}
