import { z } from 'zod';
import { count, text } from './common.rows';

/** dataset/count-nodes. */
export const nodeCountRow = z.strictObject({ nodes: count });

/** A Duty PART_OF Duty edge by ids (dataset/scan-duty-parents, and within find-existing-ids). */
export const partOfRow = z.strictObject({ duty: text, parent: text });

/** dataset/scan-ids: an id, its label and (for a post) whether it has a single holder. */
export const idRow = z.strictObject({ id: text, label: text, singleHolder: z.boolean().nullable() });

/** dataset/find-existing-ids: as scan-ids, with the PART_OF chain above a duty. */
export const existingIdRow = z.strictObject({
  id: text,
  label: text.nullable(),
  singleHolder: z.boolean().nullable(),
  partOf: z.array(partOfRow),
});

/** dataset/transaction-memory-limit: a setting as the server shows it ('768.00MiB'). */
export const settingRow = z.strictObject({ name: text, value: z.string().nullable() });

/**
 * dataset/export-*: one record of the dataset format each, checked field by field by
 * dataset/from-graph.ts; here only that the statement returns it under `record`.
 */
export const exportRow = z.strictObject({ record: z.record(z.string(), z.unknown()) });

/** dataset/find-township-members: the ids of each record list (named as the export statements are). */
export function townshipMembersRow(lists: readonly string[]): z.ZodType<Record<string, string[]>> {
  return z.strictObject(Object.fromEntries(lists.map((list) => [list, z.array(text)])));
}

/** dataset/find-list-members: per township, the ids of the offices, posts and duties its list names. */
export const listMembersRow = z.strictObject({ township: text, offices: z.array(text), posts: z.array(text), duties: z.array(text) });
