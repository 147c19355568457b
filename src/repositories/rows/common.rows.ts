import { z } from 'zod';

/**
 * Decoders of the pieces many statements return (see src/db/row-decoder.ts). Every key a
 * statement's map projection names must be present; a property the node lacks arrives as null.
 */
export const text = z.string();
export const optionalText = z.string().nullable();
/** A date property, as src/db/values.ts makes it: 'YYYY-MM-DD'. */
export const day = z.string();
export const optionalDay = day.nullable();
export const count = z.number().int().nonnegative();
/** A list property that may be missing on the node: absent is empty. */
export const textList = z
  .array(z.string())
  .nullable()
  .transform((values) => values ?? []);

/** A node without a name shows its id. */
export function withName<T extends { id: string; name: string | null }>(raw: T): Omit<T, 'name'> & { name: string } {
  return { ...raw, name: raw.name ?? raw.id };
}

/** The keys of `n { .id, .name, .nameEn }`, for decoders that add their own. */
export const namedShape = { id: text, name: optionalText, nameEn: optionalText };

/** `n { .id, .name, .nameEn }`. */
export const namedRow = z.strictObject(namedShape).transform(withName);
/** `post { .id, .name, .nameEn, .rank, .level }`. */
export const postRow = z.strictObject({ ...namedShape, rank: optionalText, level: optionalText }).transform(withName);
/** `edge { .from, .to }`. */
export const period = z.strictObject({ from: day, to: optionalDay });
