import { z } from 'zod';
import { count, day, flag, holding, kindRef, list, officeCharge, officeLeader, optionalDay, optionalText, ownedDuty, postRef, text, unitRef } from '../entity-refs.rows';
import { registerItemRows } from '../entity-item-rows';

/** A post held, with its unit; the posts on the day also with the leaders in charge of its office (null when not asked). */
const appointment = holding.extend({ unit: unitRef.nullable() });
const currentAppointment = appointment.extend({ leadersInCharge: list(officeLeader).nullable() });
const personDuty = ownedDuty.extend({ post: postRef, acting: flag });

/** The person lookup's item (cypher/queries/entities and fragments/person-items.cypher), key for key. */
export const personItem = z.strictObject({
  id: text, name: optionalText, nameEn: optionalText, gender: optionalText, birthDate: optionalDay, partyMember: flag.nullable(), asOf: day,
  posts: list(currentAppointment), appointments: list(appointment), crossPosted: flag, duties: list(personDuty),
  officesInCharge: list(officeCharge.extend({ post: postRef, acting: flag })),
  residentCadreIn: list(z.strictObject({ village: kindRef, from: day, to: optionalDay })),
  workload: z.strictObject({ posts: count, actingPosts: count, officesInCharge: count, leadDuties: count, assistDuties: count, residentCadreVillages: count }),
});

registerItemRows('person', personItem);

declare module '../entity-item-rows' {
  interface EntityItemRows {
    person: typeof personItem;
  }
}
