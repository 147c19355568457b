import { z } from 'zod';
import { count, namedShape, optionalDay, text, withName } from './common.rows';

/** The one row of township-stats/count-township-stats. */
export const townshipStatsRow = z.strictObject({
  townshipCount: count,
  town: z.strictObject({ ...namedShape, dataFrom: optionalDay }).transform(withName).nullable(),
  administrativeVillages: count,
  residentialVillages: count,
  villages: count,
  offices: count,
  officesByKind: z.array(z.strictObject({ kind: text, count })),
  leadershipPosts: count,
  middlePosts: count,
  middlePostsFilled: count,
  middlePostsActingOnly: count,
  peopleHoldingPosts: count,
  stations: count,
  duties: count,
});
