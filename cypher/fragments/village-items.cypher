// village-items: each of the villages with its neighbours on the day, as `village(id)` shows it; the part of
// the village lookup and list (queries/entities/find-villages.cypher) that the node lookup (find-nodes) shares.
// A subquery: write it as a clause, then `RETURN items …`; `items` is the list, in the order of the page.
// @param page     the villages, a list
// @param day      the day, a date
// @param include  the parts to compute, or null for all of them (domain/model.ts `parts`)
CALL (@day, @page) {
  UNWIND @page AS n
  CALL (n, @day) {
    RETURN CASE WHEN @include IS NULL OR 'underHistory' IN @include THEN COLLECT {
      MATCH (n)-[r:UNDER]->(unit)
      WITH unit, r ORDER BY r.from, unit.id
      RETURN { unit: { label: head([l IN labels(unit) WHERE l IN ['Township', 'Office']]), id: unit.id, name: coalesce(unit.name, unit.id), nameEn: unit.nameEn },
               from: toString(r.from), to: toString(r.to), current: /*@ valid-on(x: r, day: @day) */,
               township: CASE WHEN unit:Township THEN unit { .id, .name, .nameEn }
                              ELSE head(COLLECT { MATCH (unit)-[:IN]->(t:Township) RETURN t { .id, .name, .nameEn } }) END }
    } ELSE [] END AS underHistory
  }
  WITH n, @day, underHistory, head([u IN underHistory WHERE u.current]) AS under
  RETURN collect(n {
    .id, .name, .nameEn, .kind,
    complex: coalesce(n.complex, false),
    asOf: $asOf,
    under: under.unit,
    underHistory: [u IN underHistory | u { .unit, .from, .to }],
    township: coalesce(under.township, last(underHistory).township),
    residentCadre: CASE WHEN @include IS NULL OR 'residentCadre' IN @include THEN COLLECT {
      MATCH (person:Person)-[r:RESIDENT_CADRE_IN]->(n)
      WHERE /*@ valid-on(x: r, day: @day) */
      WITH person, r ORDER BY person.id
      RETURN { person: person { .id, .name, .nameEn }, from: toString(r.from), to: toString(r.to) }
    } ELSE [] END,
    posts: CASE WHEN @include IS NULL OR 'posts' IN @include THEN COLLECT {
      MATCH (post:Post)-[r:IN]->(n)
      WHERE /*@ valid-on(x: r, day: @day) */ AND /*@ valid-on(x: post, day: @day) */
      WITH post ORDER BY post.rank DESC, post.id
      CALL (post, @day) {
        RETURN COLLECT {
          MATCH (person:Person)-[h:HOLDS]->(post)
          WHERE /*@ valid-on(x: h, day: @day) */
          WITH person, h ORDER BY coalesce(h.acting, false), person.id
          RETURN { person: person { .id, .name, .nameEn }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
                   acting: coalesce(h.acting, false), townConsulted: h.townConsulted }
        } AS holders
      }
      RETURN { post: post { .id, .name, .nameEn, .rank, .level }, holders: holders, vacant: none(a IN holders WHERE NOT a.acting) }
    } ELSE [] END
  }) AS items
}
