import { z } from 'zod';
import { day, namedRow, namedShape, optionalDay, optionalText, period, postRow, text, textList, withName } from './common.rows';

/**
 * The evidence of a duty as fragments/duty-owner-evidence.cypher returns it, in
 * audit/audit-duties and responsibility/who-is-responsible (which adds deputies and the
 * responsibility-list fields).
 */
const holding = z.strictObject({ person: namedRow, acting: z.boolean(), from: day, to: optionalDay });

const staffPost = z.strictObject({ post: postRow, link: period.nullable(), holders: z.array(holding) });
const leaderPost = z.strictObject({ post: postRow, link: period, holders: z.array(holding) });
const deputyPost = z.strictObject({
  post: postRow,
  via: z.enum(['DEPUTY_OF', 'SAME_OFFICE']),
  deputyOf: postRow.nullable(),
  link: period.nullable(),
  holders: z.array(holding),
});

/** The owner itself: a post's rank and level, an office's own kind (`officeKind`; null for a post). */
const ownerRow = z.strictObject({ ...namedShape, rank: optionalText, level: optionalText, officeKind: optionalText }).transform(withName);

/** What is shown of an owner whatever the duty (fragments/owner-evidence.cypher). */
const sharedOwnerShape = {
  kind: z.enum(['OFFICE', 'POST']),
  owner: ownerRow,
  office: namedRow.nullable(),
  officeLink: period.nullable(),
  staffPosts: z.array(staffPost),
  leadersInCharge: z.array(leaderPost),
};
/** The duty's own part: how the owner is RESPONSIBLE_FOR it. */
const dutyEdgeShape = {
  role: z.enum(['LEAD', 'ASSIST']),
  responsibility: period,
};
const ownerShape = { ...sharedOwnerShape, ...dutyEdgeShape };

const integrityRisk = z.strictObject({ risk: text, control: optionalText });
const dutyShape = {
  id: text,
  title: optionalText,
  titleEn: optionalText,
  category: optionalText,
  keywords: textList,
  accountability: z.array(text),
  integrityRisks: z.array(integrityRisk),
};
const titled = <T extends { id: string; title: string | null }>(duty: T) => ({ ...duty, title: duty.title ?? duty.id });

/** audit/audit-duties: a duty with its owners by id (each owner's evidence comes once, in `auditOwner`). */
export const auditDuty = z.strictObject({
  duty: z.strictObject(dutyShape).transform(titled),
  parentId: optionalText,
  owners: z.array(z.strictObject({ id: text, ...dutyEdgeShape })),
});

/** audit/audit-duties: an owner of one or more of the duties, once. */
export const auditOwner = z.strictObject(sharedOwnerShape);

type AuditDuty = z.infer<typeof auditDuty>;
type AuditOwner = z.infer<typeof auditOwner>;

/**
 * The audit's duties with the evidence of each owner put back in place, as the answers' evidence
 * reads (no deputies, no responsibility-list fields). The owners' evidence objects are shared
 * between the duties they own. An owner id with no evidence is an issue at that path.
 *
 * The objects are written out key by key, not spread: V8 copies `{ ...shared, role }` on a slow
 * path when keys the source lacks follow the spread (about 0.7 µs a copy against 0.03 µs written
 * out). Spread, these two copies were 14 % of an audit's JavaScript in a profile.
 */
export function auditEvidenceOf(duties: AuditDuty[], owners: AuditOwner[], context: z.RefinementCtx) {
  const byId = new Map(owners.map((owner) => [owner.owner.id, owner]));
  return duties.map(({ duty, parentId, owners: owned }, dutyIndex) => ({
    duty: {
      id: duty.id,
      title: duty.title,
      titleEn: duty.titleEn,
      category: duty.category,
      keywords: duty.keywords,
      accountability: duty.accountability,
      integrityRisks: duty.integrityRisks,
      itemType: null,
      legalBases: [],
    },
    parentId,
    basis: null,
    owners: owned.flatMap(({ id, role, responsibility }, ownerIndex) => {
      const shared = byId.get(id);
      if (!shared) {
        context.addIssue({ code: 'custom', path: ['evidence', dutyIndex, 'owners', ownerIndex, 'id'], message: `owner ${id} is not among the owners` });
        return [];
      }
      const { kind, owner, office, officeLink, staffPosts, leadersInCharge } = shared;
      return [{ kind, owner, office, officeLink, staffPosts, leadersInCharge, role, responsibility, deputies: [] }];
    }),
  }));
}

const document = z
  .strictObject({ id: text, title: optionalText, titleEn: optionalText })
  .transform(titled);

/** responsibility/who-is-responsible: everything an answer shows. */
export const answerEvidence = z.strictObject({
  duty: z
    .strictObject({
      ...dutyShape,
      itemType: optionalText,
      legalBases: z.array(z.strictObject({ title: text, article: optionalText })),
    })
    .transform(titled),
  parentId: optionalText,
  basis: z.strictObject({ document, clause: optionalText }).nullable(),
  owners: z.array(z.strictObject({ ...ownerShape, deputies: z.array(deputyPost) })),
});

