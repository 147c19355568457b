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

const ownerShape = {
  kind: z.enum(['OFFICE', 'POST']),
  owner: ownerRow,
  role: z.enum(['LEAD', 'ASSIST']),
  responsibility: period,
  office: namedRow.nullable(),
  officeLink: period.nullable(),
  staffPosts: z.array(staffPost),
  leadersInCharge: z.array(leaderPost),
};

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

/** audit/audit-duties: owners without deputies, duties without the responsibility-list fields. */
export const auditEvidence = z
  .strictObject({
    duty: z.strictObject(dutyShape).transform(titled),
    parentId: optionalText,
    owners: z.array(z.strictObject(ownerShape).transform((owner) => ({ ...owner, deputies: [] }))),
  })
  .transform((evidence) => ({
    ...evidence,
    duty: { ...evidence.duty, itemType: null, legalBases: [] },
    basis: null,
  }));

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

