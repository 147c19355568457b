import { z } from 'zod';
import { count, day, namedRow, namedShape, optionalDay, optionalText, postRow, text, withName } from './common.rows';
import { partyOrganization } from './station-party.rows';

/** `n { .id, .name, .nameEn, .kind }` (an office or a village). */
const kinded = z.strictObject({ ...namedShape, kind: optionalText }).transform(withName);
/** A unit a village is UNDER: `unit { label, .id, .name, .nameEn }`. */
const unit = z.strictObject({ ...namedShape, label: z.enum(['Township', 'Office']) }).transform(withName);
const leadOwner = z.strictObject({ ...namedShape, kind: z.enum(['OFFICE', 'POST']) }).transform(withName);
const postChange = z.strictObject({ post: postRow, on: day });
const holdingChange = z.strictObject({ person: namedRow, post: postRow, on: day, acting: z.boolean() });

/** The one row of changes/list-changes. */
export const listChangesRow = z.strictObject({
  dataFrom: optionalDay,
  townshipFound: z.boolean(),
  officesCreated: z.array(z.strictObject({ office: kinded, on: day })),
  officesClosed: z.array(z.strictObject({ office: kinded, on: day, mergedInto: z.array(kinded) })),
  postsAdded: z.array(postChange),
  postsCut: z.array(postChange),
  leadershipPostsBefore: count,
  leadershipPostsAfter: count,
  dutyOwnerChanges: z.array(
    z.strictObject({
      duty: z
        .strictObject({ id: text, title: optionalText, titleEn: optionalText, category: optionalText })
        .transform((duty) => ({ ...duty, title: duty.title ?? duty.id })),
      before: z.array(leadOwner),
      after: z.array(leadOwner),
    }),
  ),
  villagesRehomed: z.array(z.strictObject({ village: kinded, fromUnit: unit, toUnit: unit, on: day })),
  stationPartyRelationsMoved: z.array(
    z.strictObject({
      station: namedRow,
      fromOrganization: partyOrganization,
      toOrganization: partyOrganization,
      on: day,
      basis: optionalText,
    }),
  ),
  appointments: z.array(holdingChange),
  departures: z.array(holdingChange),
});
