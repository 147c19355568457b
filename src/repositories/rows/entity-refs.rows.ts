import { z } from 'zod';

/**
 * Decoders of the pieces the entity statements (cypher/queries/entities) share: each is the map a
 * statement builds, key for key (strict: a missing or an unexpected key fails), with the nullability of
 * the GraphQL type it becomes. A property a node lacks arrives as null.
 */
export const text = z.string();
export const optionalText = z.string().nullable();
/** A date, as src/db/values.ts makes it: 'YYYY-MM-DD'. */
export const day = z.string();
export const optionalDay = day.nullable();
export const count = z.number().int().nonnegative();
export const flag = z.boolean();
/** A list of items of one shape. */
export const list = <T extends z.ZodType>(item: T) => z.array(item);

/** `t { .id, .name, .nameEn }`: a township, station or department. */
export const namedRef = z.strictObject({ id: text, name: text, nameEn: optionalText });
/** `post { .id, .name, .nameEn, .rank, .level }`. */
export const postRef = z.strictObject({ id: text, name: text, nameEn: optionalText, rank: optionalText, level: optionalText });
/** `person { .id, .name, .nameEn }`. */
export const personRef = z.strictObject({ id: text, name: optionalText, nameEn: optionalText });
/** `x { .id, .name, .nameEn, .kind }`: an office, village or party organisation. */
export const kindRef = z.strictObject({ id: text, name: text, nameEn: optionalText, kind: optionalText });
/** `duty { .id, .title, .titleEn, .category }`. */
export const dutyRef = z.strictObject({ id: text, title: text, titleEn: optionalText, category: optionalText });
/** `document { .id, .title, .titleEn }`. */
export const documentRef = z.strictObject({ id: text, title: text, titleEn: optionalText });
/** `{ label, id, name, nameEn }`: a unit or an owner whose label varies. */
export const unitRef = z.strictObject({ label: text, id: text, name: text, nameEn: optionalText });
export const unitPeriod = z.strictObject({ unit: unitRef, from: day, to: optionalDay });

/** A HOLDS edge: `{ person, post, from, to, acting, townConsulted }`. */
export const holding = z.strictObject({ person: personRef, post: postRef, from: day, to: optionalDay, acting: flag, townConsulted: flag.nullable() });

/** A RESPONSIBLE_FOR edge seen from its owner: `{ duty, role, from, to, owner }`. */
export const ownedDuty = z.strictObject({ duty: dutyRef, role: text, from: day, to: optionalDay, owner: unitRef });

/** A leader in charge of an office: the post, the IN_CHARGE_OF period and who holds it. */
export const officeLeader = z.strictObject({ post: postRef, from: day, to: optionalDay, holders: z.array(holding) });

/** An IN_CHARGE_OF edge seen from the post: `{ office, from, to }`. */
export const officeCharge = z.strictObject({ office: kindRef, from: day, to: optionalDay });

/** A PARTY_RELATION edge seen from the station. */
export const partyRelation = z.strictObject({
  organization: kindRef,
  from: day,
  to: optionalDay,
  basis: optionalText,
  exemption: optionalText,
  insideTownCommittee: flag,
});
