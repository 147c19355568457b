// township-items: each of the townships with its neighbours on the day, as `township(id)` shows it; the part of
// the township lookup and list (queries/entities/find-townships.cypher) that the node lookup (find-nodes) shares.
// A subquery: write it as a clause, then `RETURN items …`; `items` is the list, in the order of the page.
// @param page     the townships, a list
// @param day      the day, a date
// @param include  the parts to compute, or null for all of them (domain/model.ts `parts`)
CALL (@day, @page) {
  UNWIND @page AS n
  RETURN collect(n {
    .id, .name, .nameEn, .areaKm2, .population, .distanceToCityKm, .staff, pilotFrom: toString(n.pilotFrom), pilotTo: toString(n.pilotTo), dataFrom: toString(n.dataFrom),
    asOf: $asOf,
    offices: CASE WHEN @include IS NULL OR 'offices' IN @include THEN COLLECT {
      MATCH (office:Office)-[r:IN]->(n)
      WHERE /*@ valid-on(x: r, day: @day) */ AND /*@ valid-on(x: office, day: @day) */
      WITH office ORDER BY office.id
      RETURN office { .id, .name, .nameEn, .kind }
    } ELSE [] END,
    // Under the township itself or under one of its offices (two anchored branches, no scan).
    villages: CASE WHEN @include IS NULL OR 'villages' IN @include THEN COLLECT {
      CALL (n, @day) {
        MATCH (village:Village)-[r:UNDER]->(n)
        WHERE /*@ valid-on(x: r, day: @day) */
        RETURN village
        UNION
        MATCH (village:Village)-[r:UNDER]->(:Office)-[:IN]->(n)
        WHERE /*@ valid-on(x: r, day: @day) */
        RETURN village
      }
      WITH DISTINCT village ORDER BY village.id
      RETURN village { .id, .name, .nameEn, .kind }
    } ELSE [] END,
    stations: CASE WHEN @include IS NULL OR 'stations' IN @include THEN COLLECT {
      MATCH (station:Station)-[r:LOCATED_IN]->(n)
      WHERE /*@ valid-on(x: r, day: @day) */
      WITH DISTINCT station ORDER BY station.id
      RETURN station { .id, .name, .nameEn }
    } ELSE [] END,
    posts: CASE WHEN @include IS NULL OR 'posts' IN @include THEN COLLECT {
      MATCH (post:Post)-[r:IN]->(n)
      WHERE /*@ valid-on(x: r, day: @day) */ AND /*@ valid-on(x: post, day: @day) */
      WITH post ORDER BY post.rank DESC, post.id
      RETURN post { .id, .name, .nameEn, .rank, .level }
    } ELSE [] END,
    partyOrganizations: CASE WHEN @include IS NULL OR 'partyOrganizations' IN @include THEN COLLECT {
      MATCH (organization:PartyOrganization)-[:IN]->(n)
      WITH organization ORDER BY organization.id
      RETURN organization { .id, .name, .nameEn, .kind }
    } ELSE [] END
  }) AS items
}
