import { z } from 'zod';
import { day, dutyRef, list, namedRef, optionalDay, optionalText, personRef, text } from '../entity-refs.rows';
import { registerItemRows } from '../entity-item-rows';

/** The document lookup's item (cypher/queries/entities and fragments/document-items.cypher), key for key. */
export const documentItem = z.strictObject({
  id: text, title: text, titleEn: optionalText, issuedOn: optionalDay, issuer: optionalText, asOf: day, township: namedRef.nullable(),
  duties: list(z.strictObject({ duty: dutyRef, clause: optionalText })),
  candidates: list(z.strictObject({ person: personRef, on: day })),
});

registerItemRows('document', documentItem);

declare module '../entity-item-rows' {
  interface EntityItemRows {
    document: typeof documentItem;
  }
}
