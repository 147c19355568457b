// duty-owner-evidence: the owners of the duty on the day (offices and posts RESPONSIBLE_FOR it,
// both valid on the day), one row each, with what an answer or an audit shows of them:
// `evidence` = {kind, owner, role, responsibility, office, officeLink, staffPosts, leadersInCharge}
// (read by repositories/duty-audit.repository.ts, toDutyEvidence). Also binds `owner`, `r` (the
// RESPONSIBLE_FOR edge) and `office` (the owning office), for what a statement adds to `evidence`.
// Clauses: write it first in a COLLECT subquery, then RETURN evidence (or a projection of it).
// @param duty  the duty
// @param day   the day, a date
MATCH (owner)-[r:RESPONSIBLE_FOR]->(@duty)
WHERE (owner:Office OR owner:Post)
  AND /*@ valid-on(x: r, day: @day) */
  AND /*@ valid-on(x: owner, day: @day) */
// The owning office: an office owner itself, or the office a post owner is IN on the day.
CALL (owner, @day) {
  OPTIONAL MATCH (owner:Post)-[link:IN]->(postOffice:Office)
  WHERE /*@ valid-on(x: link, day: @day) */
    AND /*@ valid-on(x: postOffice, day: @day) */
  RETURN CASE WHEN owner:Office THEN owner ELSE postOffice END AS office, link AS officeLink
  ORDER BY postOffice.id
  LIMIT 1
}
WITH owner, r, office, {
  kind: CASE WHEN owner:Office THEN 'OFFICE' ELSE 'POST' END,
  // officeKind: an office owner's own kind, so the Office it names carries it (null for a post).
  owner: owner { .id, .name, .nameEn, .rank, .level, officeKind: CASE WHEN owner:Office THEN owner.kind END },
  role: r.role,
  responsibility: r { .from, .to },
  office: office { .id, .name, .nameEn },
  officeLink: officeLink { .from, .to },
  // Whose holders do the work: a post owner's own post; an office's PRINCIPAL posts.
  staffPosts: CASE WHEN owner:Office
    THEN COLLECT {
      MATCH (post:Post {rank: 'PRINCIPAL'})-[link:IN]->(owner)
      WHERE /*@ valid-on(x: link, day: @day) */
        AND /*@ valid-on(x: post, day: @day) */
      WITH post, link ORDER BY post.id
      RETURN {
        post: post { .id, .name, .nameEn, .rank, .level },
        link: link { .from, .to },
        holders: /*@ post-holders(post: post, day: @day) */
      }
    }
    ELSE [{
      post: owner { .id, .name, .nameEn, .rank, .level },
      link: null,
      holders: /*@ post-holders(post: owner, day: @day) */
    }]
  END,
  leadersInCharge: COLLECT {
    MATCH (leader:Post)-[charge:IN_CHARGE_OF]->(office)
    WHERE /*@ valid-on(x: charge, day: @day) */
      AND /*@ valid-on(x: leader, day: @day) */
    WITH leader, charge ORDER BY leader.id
    RETURN {
      post: leader { .id, .name, .nameEn, .rank, .level },
      link: charge { .from, .to },
      holders: /*@ post-holders(post: leader, day: @day) */
    }
  }
} AS evidence
