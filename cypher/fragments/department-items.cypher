// department-items: each of the departments with its neighbours on the day, as `department(id)` shows it; the part of
// the department lookup and list (queries/entities/find-departments.cypher) that the node lookup (find-nodes) shares.
// A subquery: write it as a clause, then `RETURN items …`; `items` is the list, in the order of the page.
// @param page     the departments, a list
// @param day      the day, a date
// @param include  the parts to compute, or null for all of them (domain/model.ts `parts`)
CALL (@day, @page) {
  UNWIND @page AS n
  RETURN collect(n {
    .id, .name, .nameEn,
    asOf: $asOf,
    stations: CASE WHEN @include IS NULL OR 'stations' IN @include THEN COLLECT {
      MATCH (station:Station)-[r:RUN_BY]->(n)
      WHERE /*@ valid-on(x: r, day: @day) */
      WITH DISTINCT station ORDER BY station.id
      RETURN station { .id, .name, .nameEn }
    } ELSE [] END,
    partyOrganizations: CASE WHEN @include IS NULL OR 'partyOrganizations' IN @include THEN COLLECT {
      MATCH (organization:PartyOrganization)-[:OF]->(n)
      WITH organization ORDER BY organization.id
      RETURN organization { .id, .name, .nameEn, .kind }
    } ELSE [] END
  }) AS items
}
