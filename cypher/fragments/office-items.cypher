// office-items: each of the offices with its neighbours on the day, as `office(id)` shows it; the part of
// the office lookup and list (queries/entities/find-offices.cypher) that the node lookup (find-nodes) shares.
// A subquery: write it as a clause, then `RETURN items …`; `items` is the list, in the order of the page.
// @param page     the offices, a list
// @param day      the day, a date
// @param include  the parts to compute, or null for all of them (domain/model.ts `parts`)
CALL (@day, @page) {
  UNWIND @page AS n
  RETURN collect(n {
    .id, .name, .nameEn, .kind, from: toString(n.from), to: toString(n.to),
    asOf: $asOf,
    active: /*@ valid-on(x: n, day: @day) */,
    township: CASE WHEN @include IS NULL OR 'township' IN @include THEN head(COLLECT {
      MATCH (n)-[r:IN]->(t:Township)
      WITH t, r ORDER BY r.from DESC
      RETURN t { .id, .name, .nameEn }
    }) END,
    posts: CASE WHEN @include IS NULL OR 'posts' IN @include THEN COLLECT {
      MATCH (post:Post)-[r:IN]->(n)
      WHERE /*@ valid-on(x: r, day: @day) */ AND /*@ valid-on(x: post, day: @day) */
      WITH post ORDER BY post.rank DESC, post.id
      RETURN post { .id, .name, .nameEn, .rank, .level }
    } ELSE [] END,
    people: CASE WHEN @include IS NULL OR 'people' IN @include THEN COLLECT {
      MATCH (person:Person)-[h:HOLDS]->(post:Post)-[r:IN]->(n)
      WHERE /*@ valid-on(x: h, day: @day) */ AND /*@ valid-on(x: r, day: @day) */
      WITH person, h, post ORDER BY post.id, coalesce(h.acting, false), person.id
      RETURN { person: person { .id, .name, .nameEn }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
               acting: coalesce(h.acting, false), townConsulted: h.townConsulted }
    } ELSE [] END,
    duties: CASE WHEN @include IS NULL OR 'duties' IN @include THEN COLLECT {
      MATCH (n)-[r:RESPONSIBLE_FOR]->(duty:Duty)
      WHERE /*@ valid-on(x: r, day: @day) */
      WITH duty, r ORDER BY r.role DESC, duty.id
      RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to), owner: { label: 'Office', id: n.id, name: n.name, nameEn: n.nameEn } }
    } + COLLECT {
      MATCH (post:Post)-[pi:IN]->(n)
      WHERE /*@ valid-on(x: pi, day: @day) */
      MATCH (post)-[r:RESPONSIBLE_FOR]->(duty:Duty)
      WHERE /*@ valid-on(x: r, day: @day) */
      WITH post, duty, r ORDER BY r.role DESC, duty.id, post.id
      RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to), owner: { label: 'Post', id: post.id, name: post.name, nameEn: post.nameEn } }
    } ELSE [] END,
    leadersInCharge: CASE WHEN @include IS NULL OR 'leadersInCharge' IN @include THEN COLLECT {
      MATCH (leader:Post)-[r:IN_CHARGE_OF]->(n)
      WHERE /*@ valid-on(x: r, day: @day) */
      WITH leader, r ORDER BY leader.id
      RETURN {
        post: leader { .id, .name, .nameEn, .rank, .level }, from: toString(r.from), to: toString(r.to),
        holders: COLLECT {
          MATCH (person:Person)-[h:HOLDS]->(leader)
          WHERE /*@ valid-on(x: h, day: @day) */
          WITH person, h ORDER BY coalesce(h.acting, false), person.id
          RETURN { person: person { .id, .name, .nameEn }, post: leader { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
                   acting: coalesce(h.acting, false), townConsulted: h.townConsulted }
        }
      }
    } ELSE [] END,
    villages: CASE WHEN @include IS NULL OR 'villages' IN @include THEN COLLECT {
      MATCH (village:Village)-[r:UNDER]->(n)
      WHERE /*@ valid-on(x: r, day: @day) */
      WITH village ORDER BY village.id
      RETURN village { .id, .name, .nameEn, .kind }
    } ELSE [] END,
    mergedInto: CASE WHEN @include IS NULL OR 'mergedInto' IN @include THEN COLLECT { MATCH (n)-[:MERGED_INTO]->(other:Office) WITH other ORDER BY other.id RETURN other { .id, .name, .nameEn, .kind } } ELSE [] END,
    mergedFrom: CASE WHEN @include IS NULL OR 'mergedFrom' IN @include THEN COLLECT { MATCH (other:Office)-[:MERGED_INTO]->(n) WITH other ORDER BY other.id RETURN other { .id, .name, .nameEn, .kind } } ELSE [] END
  }) AS items
}
