import { z } from 'zod';
import { count, text } from './common.rows';

/** The one row of system/get-database-info. */
export const databaseInfoRow = z.strictObject({
  name: text,
  version: text,
  edition: text,
  counts: z.array(z.strictObject({ label: text, count })),
});

/** The one row of system/get-graph-revision. */
export const graphRevisionRow = z.strictObject({ revision: count });
