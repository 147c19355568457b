import { z } from 'zod';
import { optionalDay, text } from './common.rows';
import { auditDuty, auditEvidenceOf, auditOwner } from './duty-evidence.rows';

/** The one row of audit/audit-duties, its owners put back into each duty's evidence. */
export const auditDutiesRow = z
  .strictObject({
    dataFrom: optionalDay,
    townshipFound: z.boolean(),
    audited: z.array(text),
    evidence: z.array(auditDuty),
    owners: z.array(auditOwner),
  })
  .transform(({ owners, evidence, ...row }, context) => ({ ...row, evidence: auditEvidenceOf(evidence, owners, context) }));
