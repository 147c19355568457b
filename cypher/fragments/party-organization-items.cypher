// party-organization-items: each of the party organisations with its neighbours on the day, as `party-organization(id)` shows it; the part of
// the party-organization lookup and list (queries/entities/find-party-organizations.cypher) that the node lookup (find-nodes) shares.
// A subquery: write it as a clause, then `RETURN items …`; `items` is the list, in the order of the page.
// @param page     the party organisations, a list
// @param day      the day, a date
// @param include  the parts to compute, or null for all of them (domain/model.ts `parts`)
CALL (@day, @page) {
  UNWIND @page AS n
  RETURN collect(n {
    .id, .name, .nameEn, .kind,
    asOf: $asOf,
    township: CASE WHEN @include IS NULL OR 'township' IN @include THEN head(COLLECT { MATCH (n)-[:IN]->(t:Township) WITH t ORDER BY t.id RETURN t { .id, .name, .nameEn } }) END,
    department: CASE WHEN @include IS NULL OR 'department' IN @include THEN head(COLLECT { MATCH (n)-[:OF]->(d:Department) WITH d ORDER BY d.id RETURN d { .id, .name, .nameEn } }) END,
    stations: CASE WHEN @include IS NULL OR 'stations' IN @include THEN COLLECT {
      MATCH (station:Station)-[r:PARTY_RELATION]->(n)
      WHERE /*@ valid-on(x: r, day: @day) */
      WITH station, r ORDER BY station.id, r.from
      RETURN { station: station { .id, .name, .nameEn }, from: toString(r.from), to: toString(r.to), basis: r.basis, exemption: r.exemption }
    } ELSE [] END
  }) AS items
}
