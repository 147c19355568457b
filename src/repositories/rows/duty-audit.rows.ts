import { z } from 'zod';
import { optionalDay, text } from './common.rows';
import { auditEvidence } from './duty-evidence.rows';

/** The one row of audit/audit-duties. */
export const auditDutiesRow = z.strictObject({
  dataFrom: optionalDay,
  townshipFound: z.boolean(),
  audited: z.array(text),
  evidence: z.array(auditEvidence),
});
