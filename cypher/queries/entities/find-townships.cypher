// township(id) and townships(...): townships with their offices, villages, stations, town-level posts and
// party organisations on the day, in one round trip.
// $id: one township (a lookup: the list filters are ignored) or null (a list); $asOf: YYYY-MM-DD.
// List filters: $text (name or English name). $sort: ID, NAME, NAME_EN or POPULATION; $descending; $page: {first, last, after, before} (page-window).
// $include: the parts of each item to compute, or null for all of them (domain/model.ts `parts`): 'offices', 'villages', 'stations', 'posts', 'partyOrganizations';
// a part left out comes back empty (a list) or null. The service asks for what the GraphQL selection reads.
// One row: dataFrom (of the township looked up; of all townships for a list), townshipFound (always true), totalCount, hasPreviousPage, hasNextPage, items and positions (page-position: each item's place in the order, for its cursor).
WITH date($asOf) AS day
CALL (day) {
  CALL (day) {
    MATCH (n:Township {id: $id})
    RETURN n
    UNION
    MATCH (n:Township)
    WHERE $id IS NULL
      AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text) OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
    RETURN n
  }
  WITH n, CASE $sort WHEN 'NAME' THEN n.name WHEN 'NAME_EN' THEN n.nameEn WHEN 'POPULATION' THEN n.population ELSE n.id END AS key
  ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key END DESC, n.id
  RETURN collect({key: key, id: n.id, n: n}) AS rows
}
WITH day, rows, /*@ page-window(rows: rows, page: $page, descending: $descending) */ AS window
WITH day, size(rows) AS totalCount, window.start > 0 AS hasPreviousPage, window.end < size(rows) AS hasNextPage, rows[window.start..window.end] AS pageRows
WITH day, totalCount, hasPreviousPage, hasNextPage, [row IN pageRows | row.n] AS page, [row IN pageRows | /*@ page-position(row: row) */] AS positions
CALL (day, page) {
  UNWIND page AS n
  RETURN collect(n {
    .id, .name, .nameEn, .areaKm2, .population, .distanceToCityKm, .staff, .pilotFrom, .pilotTo, .dataFrom,
    asOf: $asOf,
    offices: CASE WHEN $include IS NULL OR 'offices' IN $include THEN COLLECT {
      MATCH (office:Office)-[r:IN]->(n)
      WHERE /*@ valid-on(x: r, day: day) */ AND /*@ valid-on(x: office, day: day) */
      WITH office ORDER BY office.id
      RETURN office { .id, .name, .nameEn, .kind }
    } ELSE [] END,
    // Under the township itself or under one of its offices (two anchored branches, no scan).
    villages: CASE WHEN $include IS NULL OR 'villages' IN $include THEN COLLECT {
      CALL (n, day) {
        MATCH (village:Village)-[r:UNDER]->(n)
        WHERE /*@ valid-on(x: r, day: day) */
        RETURN village
        UNION
        MATCH (village:Village)-[r:UNDER]->(:Office)-[:IN]->(n)
        WHERE /*@ valid-on(x: r, day: day) */
        RETURN village
      }
      WITH DISTINCT village ORDER BY village.id
      RETURN village { .id, .name, .nameEn, .kind }
    } ELSE [] END,
    stations: CASE WHEN $include IS NULL OR 'stations' IN $include THEN COLLECT {
      MATCH (station:Station)-[r:LOCATED_IN]->(n)
      WHERE /*@ valid-on(x: r, day: day) */
      WITH DISTINCT station ORDER BY station.id
      RETURN station { .id, .name, .nameEn }
    } ELSE [] END,
    posts: CASE WHEN $include IS NULL OR 'posts' IN $include THEN COLLECT {
      MATCH (post:Post)-[r:IN]->(n)
      WHERE /*@ valid-on(x: r, day: day) */ AND /*@ valid-on(x: post, day: day) */
      WITH post ORDER BY post.rank DESC, post.id
      RETURN post { .id, .name, .nameEn, .rank, .level }
    } ELSE [] END,
    partyOrganizations: CASE WHEN $include IS NULL OR 'partyOrganizations' IN $include THEN COLLECT {
      MATCH (organization:PartyOrganization)-[:IN]->(n)
      WITH organization ORDER BY organization.id
      RETURN organization { .id, .name, .nameEn, .kind }
    } ELSE [] END
  }) AS items
}
RETURN coalesce(
         CASE WHEN $id IS NOT NULL THEN head([n IN page | n.dataFrom]) END,
         head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 })
       ) AS dataFrom,
       true AS townshipFound,
       totalCount, hasPreviousPage, hasNextPage,
       items, positions
