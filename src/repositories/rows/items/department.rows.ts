import { z } from 'zod';
import { day, kindRef, list, namedRef, optionalText, text } from '../entity-refs.rows';
import { registerItemRows } from '../entity-item-rows';

/** The department lookup's item (cypher/queries/entities and fragments/department-items.cypher), key for key. */
export const departmentItem = z.strictObject({ id: text, name: text, nameEn: optionalText, asOf: day, stations: list(namedRef), partyOrganizations: list(kindRef) });

registerItemRows('department', departmentItem);

declare module '../entity-item-rows' {
  interface EntityItemRows {
    department: typeof departmentItem;
  }
}
