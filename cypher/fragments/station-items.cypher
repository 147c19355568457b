// station-items: each of the stations with its neighbours on the day, as `station(id)` shows it; the part of
// the station lookup and list (queries/entities/find-stations.cypher) that the node lookup (find-nodes) shares.
// A subquery: write it as a clause, then `RETURN items …`; `items` is the list, in the order of the page.
// @param page     the stations, a list
// @param day      the day, a date
// @param include  the parts to compute, or null for all of them (domain/model.ts `parts`)
CALL (@day, @page) {
  UNWIND @page AS n
  CALL (n, @day) {
    // The township on the day, else the latest one.
    RETURN CASE WHEN @include IS NULL OR 'township' IN @include THEN head(COLLECT {
      MATCH (n)-[r:LOCATED_IN]->(t:Township)
      WITH t, r ORDER BY /*@ valid-on(x: r, day: @day) */ DESC, r.from DESC
      RETURN t
    }) END AS town
  }
  CALL (n, @day, town) {
    RETURN CASE WHEN @include IS NULL OR 'partyRelations' IN @include THEN COLLECT {
      MATCH (n)-[r:PARTY_RELATION]->(organization:PartyOrganization)
      WITH r, organization ORDER BY r.from, organization.id
      RETURN { organization: organization { .id, .name, .nameEn, .kind }, from: toString(r.from), to: toString(r.to), basis: r.basis, exemption: r.exemption,
               insideTownCommittee: organization.kind = 'TOWN_COMMITTEE' AND town IS NOT NULL AND EXISTS { (organization)-[:IN]->(town) },
               current: /*@ valid-on(x: r, day: @day) */ }
    } ELSE [] END AS relations
  }
  RETURN collect(n {
    .id, .name, .nameEn,
    asOf: $asOf,
    township: town { .id, .name, .nameEn },
    department: CASE WHEN @include IS NULL OR 'department' IN @include THEN head(COLLECT {
      MATCH (n)-[r:RUN_BY]->(department:Department)
      WHERE /*@ valid-on(x: r, day: @day) */
      WITH department, r ORDER BY r.from DESC, department.id
      RETURN department { .id, .name, .nameEn }
    }) END,
    partyRelation: last([p IN relations WHERE p.current | p { .organization, .from, .to, .basis, .exemption, .insideTownCommittee }]),
    partyRelations: [p IN relations | p { .organization, .from, .to, .basis, .exemption, .insideTownCommittee }],
    posts: CASE WHEN @include IS NULL OR 'posts' IN @include THEN COLLECT {
      MATCH (post:Post)-[r:IN]->(n)
      WHERE /*@ valid-on(x: r, day: @day) */ AND /*@ valid-on(x: post, day: @day) */
      WITH post ORDER BY post.rank DESC, post.id
      RETURN post { .id, .name, .nameEn, .rank, .level }
    } ELSE [] END,
    heads: CASE WHEN @include IS NULL OR 'heads' IN @include THEN COLLECT {
      MATCH (person:Person)-[h:HOLDS]->(post:Post {level: 'STATION_HEAD'})-[r:IN]->(n)
      WHERE /*@ valid-on(x: h, day: @day) */ AND /*@ valid-on(x: r, day: @day) */
      WITH person, h, post ORDER BY coalesce(h.acting, false), h.from DESC, person.id
      RETURN { person: person { .id, .name, .nameEn }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
               acting: coalesce(h.acting, false), townConsulted: h.townConsulted }
    } ELSE [] END
  }) AS items
}
