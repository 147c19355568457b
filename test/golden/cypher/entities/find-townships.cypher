// entities/find-townships: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: asOf, descending, id, include, page, sort, text
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
WITH day, rows, head([after IN [CASE WHEN $page.after IS NULL THEN null ELSE {id: $page.after.id, key: CASE $page.after.type
    WHEN 'DATE' THEN date($page.after.key) WHEN 'DATETIME' THEN datetime($page.after.key) ELSE $page.after.key END} END] |
  head([before IN [CASE WHEN $page.before IS NULL THEN null ELSE {id: $page.before.id, key: CASE $page.before.type
      WHEN 'DATE' THEN date($page.before.key) WHEN 'DATETIME' THEN datetime($page.before.key) ELSE $page.before.key END} END] |
    head([lo IN [CASE WHEN after IS NULL THEN 0 ELSE size([row IN rows WHERE coalesce(
        CASE WHEN row.key IS NULL OR after.key IS NULL
          THEN CASE WHEN row.key IS NULL AND after.key IS NULL THEN row.id <= after.id WHEN $descending THEN row.key IS NULL ELSE after.key IS NULL END
          WHEN row.key = after.key THEN row.id <= after.id
          WHEN $descending THEN row.key > after.key
          ELSE row.key < after.key END, false)]) END] |
      head([hi IN [CASE WHEN before IS NULL THEN size(rows) ELSE size([row IN rows WHERE coalesce(
          CASE WHEN row.key IS NULL OR before.key IS NULL
            THEN CASE WHEN row.key IS NULL AND before.key IS NULL THEN row.id < before.id WHEN $descending THEN row.key IS NULL ELSE before.key IS NULL END
            WHEN row.key = before.key THEN row.id < before.id
            WHEN $descending THEN row.key > before.key
            ELSE row.key < before.key END, false)]) END] |
        CASE WHEN $page.last IS NOT NULL
          THEN {start: CASE WHEN hi - $page.last > lo THEN hi - $page.last ELSE lo END, end: CASE WHEN hi > lo THEN hi ELSE lo END}
          ELSE {start: lo, end: CASE WHEN hi < lo THEN lo WHEN lo + $page.first < hi THEN lo + $page.first ELSE hi END} END
      ])
    ])
  ])
]) AS window
WITH day, size(rows) AS totalCount, window.start > 0 AS hasPreviousPage, window.end < size(rows) AS hasNextPage, rows[window.start..window.end] AS pageRows
WITH day, totalCount, hasPreviousPage, hasNextPage, [row IN pageRows | row.n] AS page, [row IN pageRows | {key: CASE WHEN row.key IS :: DATE OR row.key IS :: ZONED DATETIME THEN toString(row.key) ELSE row.key END,
 type: CASE WHEN row.key IS :: DATE THEN 'DATE' WHEN row.key IS :: ZONED DATETIME THEN 'DATETIME' END,
 id: row.id}] AS positions
CALL (day, page) {
  UNWIND page AS n
  RETURN collect(n {
    .id, .name, .nameEn, .areaKm2, .population, .distanceToCityKm, .staff, pilotFrom: toString(n.pilotFrom), pilotTo: toString(n.pilotTo), dataFrom: toString(n.dataFrom),
    asOf: $asOf,
    offices: CASE WHEN $include IS NULL OR 'offices' IN $include THEN COLLECT {
      MATCH (office:Office)-[r:IN]->(n)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to) AND office.from <= day AND (office.to IS NULL OR day < office.to)
      WITH office ORDER BY office.id
      RETURN office { .id, .name, .nameEn, .kind }
    } ELSE [] END,
    // Under the township itself or under one of its offices (two anchored branches, no scan).
    villages: CASE WHEN $include IS NULL OR 'villages' IN $include THEN COLLECT {
      CALL (n, day) {
        MATCH (village:Village)-[r:UNDER]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        RETURN village
        UNION
        MATCH (village:Village)-[r:UNDER]->(:Office)-[:IN]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        RETURN village
      }
      WITH DISTINCT village ORDER BY village.id
      RETURN village { .id, .name, .nameEn, .kind }
    } ELSE [] END,
    stations: CASE WHEN $include IS NULL OR 'stations' IN $include THEN COLLECT {
      MATCH (station:Station)-[r:LOCATED_IN]->(n)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH DISTINCT station ORDER BY station.id
      RETURN station { .id, .name, .nameEn }
    } ELSE [] END,
    posts: CASE WHEN $include IS NULL OR 'posts' IN $include THEN COLLECT {
      MATCH (post:Post)-[r:IN]->(n)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to) AND post.from <= day AND (post.to IS NULL OR day < post.to)
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
