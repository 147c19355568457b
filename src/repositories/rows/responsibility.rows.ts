import { z } from 'zod';
import { count, optionalDay, text } from './common.rows';
import { answerEvidence } from './duty-evidence.rows';
import { pageShape } from '../page';

/** The one row of responsibility/who-is-responsible. */
export const whoIsResponsibleRow = z.strictObject({
  dataFrom: optionalDay,
  townshipFound: z.boolean(),
  hits: z.array(
    z.strictObject({
      id: text,
      matchedBy: z.enum(['ID', 'TITLE', 'WORDS', 'MEANING', 'BOTH']),
      confidence: z.number(),
      meaning: z.number(),
      words: z.number(),
    }),
  ),
  ...pageShape,
  /** Per hit with an owned ancestor: the closest one. */
  nearest: z.array(z.strictObject({ of: text, id: text, distance: count })),
  evidence: z.array(answerEvidence),
});
