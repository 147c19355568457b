// owner-evidence: what an answer or an audit shows of one owner on the day, whatever the duty:
// {kind, owner, office, officeLink, staffPosts, leadersInCharge} (repositories/rows/duty-evidence.rows.ts).
// An expression. The duty's own part (role, responsibility) is the caller's: duty-owner-evidence adds
// it to each owner of one duty; the audit sends each owner's map once, for all the duties it owns.
// @param owner       the owner, an :Office or :Post
// @param office      its office on the day (owner-office)
// @param officeLink  the post's IN edge to that office, or null (owner-office)
// @param day         the day, a date
{
  kind: CASE WHEN @owner:Office THEN 'OFFICE' ELSE 'POST' END,
  // officeKind: an office owner's own kind, so the Office it names carries it (null for a post).
  owner: @owner { .id, .name, .nameEn, .rank, .level, officeKind: CASE WHEN @owner:Office THEN @owner.kind END },
  office: @office { .id, .name, .nameEn },
  officeLink: CASE WHEN @officeLink IS NOT NULL THEN { from: toString(@officeLink.from), to: toString(@officeLink.to) } END,
  // Whose holders do the work: a post owner's own post; an office's PRINCIPAL posts.
  staffPosts: CASE WHEN @owner:Office
    THEN COLLECT {
      MATCH (post:Post {rank: 'PRINCIPAL'})-[link:IN]->(@owner)
      WHERE /*@ valid-on(x: link, day: @day) */
        AND /*@ valid-on(x: post, day: @day) */
      WITH post, link ORDER BY post.id
      RETURN {
        post: post { .id, .name, .nameEn, .rank, .level },
        link: { from: toString(link.from), to: toString(link.to) },
        holders: /*@ post-holders(post: post, day: @day) */
      }
    }
    ELSE [{
      post: @owner { .id, .name, .nameEn, .rank, .level },
      link: null,
      holders: /*@ post-holders(post: @owner, day: @day) */
    }]
  END,
  leadersInCharge: COLLECT {
    MATCH (leader:Post)-[charge:IN_CHARGE_OF]->(@office)
    WHERE /*@ valid-on(x: charge, day: @day) */
      AND /*@ valid-on(x: leader, day: @day) */
    WITH leader, charge ORDER BY leader.id
    RETURN {
      post: leader { .id, .name, .nameEn, .rank, .level },
      link: { from: toString(charge.from), to: toString(charge.to) },
      holders: /*@ post-holders(post: leader, day: @day) */
    }
  }
}
