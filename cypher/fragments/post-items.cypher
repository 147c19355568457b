// post-items: each of the posts with its neighbours on the day, as `post(id)` shows it; the part of
// the post lookup and list (queries/entities/find-posts.cypher) that the node lookup (find-nodes) shares.
// A subquery: write it as a clause, then `RETURN items …`; `items` is the list, in the order of the page.
// @param page     the posts, a list
// @param day      the day, a date
// @param include  the parts to compute, or null for all of them (domain/model.ts `parts`)
CALL (@day, @page) {
  UNWIND @page AS n
  CALL (n, @day) {
    RETURN CASE WHEN @include IS NULL OR 'holders' IN @include THEN COLLECT {
      MATCH (person:Person)-[h:HOLDS]->(n)
      WITH person, h ORDER BY h.from, person.id
      RETURN { person: person { .id, .name, .nameEn }, post: n { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
               acting: coalesce(h.acting, false), townConsulted: h.townConsulted,
               current: /*@ valid-on(x: h, day: @day) */ }
    } ELSE [] END AS history
  }
  WITH n, @day, history, [a IN history WHERE a.current] AS holders
  RETURN collect(n {
    .id, .name, .nameEn, .level, .rank, from: toString(n.from), to: toString(n.to),
    singleHolder: coalesce(n.singleHolder, true),
    asOf: $asOf,
    active: /*@ valid-on(x: n, day: @day) */,
    unit: CASE WHEN @include IS NULL OR 'unit' IN @include THEN head(COLLECT {
      MATCH (n)-[r:IN]->(unit)
      WHERE /*@ valid-on(x: r, day: @day) */
      WITH unit, r ORDER BY r.from DESC, unit.id
      RETURN { label: head([l IN labels(unit) WHERE l IN ['Office', 'Village', 'Station', 'Township']]), id: unit.id, name: coalesce(unit.name, unit.id), nameEn: unit.nameEn }
    }) END,
    units: CASE WHEN @include IS NULL OR 'units' IN @include THEN COLLECT {
      MATCH (n)-[r:IN]->(unit)
      WITH unit, r ORDER BY r.from, unit.id
      RETURN { unit: { label: head([l IN labels(unit) WHERE l IN ['Office', 'Village', 'Station', 'Township']]), id: unit.id, name: coalesce(unit.name, unit.id), nameEn: unit.nameEn },
               from: toString(r.from), to: toString(r.to) }
    } ELSE [] END,
    township: CASE WHEN @include IS NULL OR 'township' IN @include THEN head(COLLECT {
      MATCH (n)-[:IN|UNDER|LOCATED_IN*1..3]->(t:Township)
      WITH DISTINCT t ORDER BY t.id
      RETURN t { .id, .name, .nameEn }
    }) END,
    holders: [a IN holders | a { .person, .post, .from, .to, .acting, .townConsulted }],
    actingHolders: [a IN holders WHERE a.acting | a { .person, .post, .from, .to, .acting, .townConsulted }],
    holderHistory: [a IN history | a { .person, .post, .from, .to, .acting, .townConsulted }],
    vacant: /*@ valid-on(x: n, day: @day) */ AND none(a IN holders WHERE NOT a.acting),
    deputyOf: CASE WHEN @include IS NULL OR 'deputyOf' IN @include THEN head(COLLECT { MATCH (n)-[:DEPUTY_OF]->(other:Post) RETURN other { .id, .name, .nameEn, .rank, .level } }) END,
    deputies: CASE WHEN @include IS NULL OR 'deputies' IN @include THEN COLLECT { MATCH (other:Post)-[:DEPUTY_OF]->(n) WITH other ORDER BY other.id RETURN other { .id, .name, .nameEn, .rank, .level } } ELSE [] END,
    inChargeOf: CASE WHEN @include IS NULL OR 'inChargeOf' IN @include THEN COLLECT {
      MATCH (n)-[r:IN_CHARGE_OF]->(office:Office)
      WHERE /*@ valid-on(x: r, day: @day) */
      WITH office, r ORDER BY office.id
      RETURN { office: office { .id, .name, .nameEn, .kind }, from: toString(r.from), to: toString(r.to) }
    } ELSE [] END,
    duties: CASE WHEN @include IS NULL OR 'duties' IN @include THEN COLLECT {
      MATCH (n)-[r:RESPONSIBLE_FOR]->(duty:Duty)
      WHERE /*@ valid-on(x: r, day: @day) */
      WITH duty, r ORDER BY r.role DESC, duty.id
      RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to), owner: { label: 'Post', id: n.id, name: n.name, nameEn: n.nameEn } }
    } ELSE [] END
  }) AS items
}
