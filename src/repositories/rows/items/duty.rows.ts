import { z } from 'zod';
import { count, day, documentRef, dutyRef, holding, list, namedRef, optionalDay, optionalText, text } from '../entity-refs.rows';
import { registerItemRows } from '../entity-item-rows';

/** The duty lookup's item (cypher/queries/entities and fragments/duty-items.cypher), key for key. */
export const dutyItem = z.strictObject({
  id: text, title: text, titleEn: optionalText, description: optionalText, descriptionEn: optionalText, category: optionalText, keywords: list(text),
  itemType: optionalText, legalBases: list(z.strictObject({ title: text, article: optionalText })), accountability: list(text),
  integrityRisks: list(z.strictObject({ risk: text, control: optionalText })), asOf: day, leadCount: count, leadStatus: z.enum(['BLANK', 'LED', 'OVERLAP']),
  township: namedRef.nullable(), parent: dutyRef.nullable(), children: list(dutyRef),
  basis: z.strictObject({ document: documentRef, clause: optionalText }).nullable(),
  owners: list(z.strictObject({ kind: z.enum(['OFFICE', 'POST']), id: text, name: text, nameEn: optionalText, role: text, from: day, to: optionalDay, holders: list(holding) })),
});

registerItemRows('duty', dutyItem);

declare module '../entity-item-rows' {
  interface EntityItemRows {
    duty: typeof dutyItem;
  }
}
