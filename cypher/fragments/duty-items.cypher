// duty-items: each of the duties with its neighbours on the day, as `duty(id)` shows it; the part of
// the duty lookup and list (queries/entities/find-duties.cypher) that the node lookup (find-nodes) shares.
// A subquery: write it as a clause, then `RETURN items …`; `items` is the list, in the order of the page.
// @param page     the entries ({node, leadCount, leadStatus}, the lead count on the day), a list
// @param day      the day, a date
// @param include  the parts to compute, or null for all of them (domain/model.ts `parts`)
CALL (@day, @page) {
  UNWIND @page AS entry
  WITH @day, entry, entry.node AS n
  RETURN collect(n {
    .id, .title, .titleEn, .description, .descriptionEn, .category,
    keywords: coalesce(n.keywords, []),
    // The responsibility-list fields, stored as lists of one length ('' = no article / measure).
    itemType: n.itemType,
    legalBases: [index IN range(0, size(coalesce(n.legalBasisTitles, [])) - 1) |
      {title: n.legalBasisTitles[index], article: CASE n.legalBasisArticles[index] WHEN '' THEN null ELSE n.legalBasisArticles[index] END}],
    accountability: coalesce(n.accountability, []),
    integrityRisks: [index IN range(0, size(coalesce(n.riskPoints, [])) - 1) |
      {risk: n.riskPoints[index], control: CASE n.riskControls[index] WHEN '' THEN null ELSE n.riskControls[index] END}],
    asOf: $asOf,
    leadCount: entry.leadCount,
    leadStatus: entry.leadStatus,
    township: CASE WHEN @include IS NULL OR 'township' IN @include THEN head(COLLECT { MATCH (n)-[:IN]->(t:Township) WITH t ORDER BY t.id RETURN t { .id, .name, .nameEn } }) END,
    parent: CASE WHEN @include IS NULL OR 'parent' IN @include THEN head(COLLECT { MATCH (n)-[:PART_OF]->(parent:Duty) WITH parent ORDER BY parent.id RETURN parent { .id, .title, .titleEn, .category } }) END,
    children: CASE WHEN @include IS NULL OR 'children' IN @include THEN COLLECT { MATCH (child:Duty)-[:PART_OF]->(n) WITH child ORDER BY child.id RETURN child { .id, .title, .titleEn, .category } } ELSE [] END,
    basis: CASE WHEN @include IS NULL OR 'basis' IN @include THEN head(COLLECT {
      MATCH (n)-[r:DEFINED_BY]->(document:Document)
      WITH document, r ORDER BY document.id
      RETURN { document: document { .id, .title, .titleEn }, clause: r.clause }
    }) END,
    owners: CASE WHEN @include IS NULL OR 'owners' IN @include THEN COLLECT {
      MATCH (owner)-[r:RESPONSIBLE_FOR]->(n)
      WHERE /*@ valid-on(x: r, day: @day) */ AND (owner:Office OR owner:Post)
      WITH owner, r ORDER BY r.role DESC, owner.id
      RETURN {
        kind: CASE WHEN owner:Office THEN 'OFFICE' ELSE 'POST' END,
        id: owner.id, name: coalesce(owner.name, owner.id), nameEn: owner.nameEn, role: r.role, from: toString(r.from), to: toString(r.to),
        // A post owner: its holders; an office owner: the holders of its principal posts.
        // (Two anchored branches rather than one OR, which would read every :Post.)
        holders: COLLECT {
          CALL (owner, @day) {
            MATCH (person:Person)-[h:HOLDS]->(owner)
            WHERE owner:Post
            RETURN person, h, owner AS post
            UNION
            MATCH (person:Person)-[h:HOLDS]->(post:Post {rank: 'PRINCIPAL'})-[pi:IN]->(owner)
            WHERE owner:Office AND /*@ valid-on(x: pi, day: @day) */
            RETURN person, h, post
          }
          WITH person, h, post
          WHERE /*@ valid-on(x: h, day: @day) */
          WITH person, h, post ORDER BY coalesce(h.acting, false), post.id, person.id
          RETURN { person: person { .id, .name, .nameEn }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
                   acting: coalesce(h.acting, false), townConsulted: h.townConsulted }
        }
      }
    } ELSE [] END
  }) AS items
}
