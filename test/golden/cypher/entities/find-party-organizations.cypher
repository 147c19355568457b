// entities/find-party-organizations: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: asOf, descending, id, include, kind, page, sort, text, throughPartyRelations, township
// partyOrganization(id) and partyOrganizations(...): party organisations with their township, department and the
// stations whose party relation sits under them on the day, in one round trip.
// $id: one organisation (a lookup: the list filters are ignored) or null (a list); $asOf: YYYY-MM-DD.
// List filters: $township (IN the township, or, when $throughPartyRelations, holding the party relation of a station
// LOCATED_IN it on the day: only callers who may learn party relations get that membership),
// $text (name or English name), $kind. $sort: ID, NAME, NAME_EN or KIND; $descending; $page: {first, last, after, before} (page-window).
// $include: the parts of each item to compute, or null for all of them (domain/model.ts `parts`): 'township', 'department', 'stations';
// a part left out comes back empty (a list) or null. The service asks for what the GraphQL selection reads.
// One row: dataFrom, townshipFound, totalCount, hasPreviousPage, hasNextPage, items and positions (page-position: each item's place in the order, for its cursor).
WITH date($asOf) AS day
OPTIONAL MATCH (named:Township {id: $township})
CALL (day, named) {
  CALL (day, named) {
    MATCH (n:PartyOrganization {id: $id})
    RETURN n
    UNION
    // A list. With a township the candidates are what reaches it (an expand from the township);
    // only without one are all :PartyOrganization nodes read. The filters below decide exactly.
    UNWIND CASE WHEN $id IS NULL THEN [1] ELSE [] END AS listing
    CALL (named) {
      MATCH (n:PartyOrganization)-[:IN]->(named)
      RETURN n
      UNION
      MATCH (n:PartyOrganization)<-[:PARTY_RELATION]-(:Station)-[:LOCATED_IN]->(named)
      WHERE $throughPartyRelations
      RETURN n
      UNION
      UNWIND CASE WHEN $township IS NULL THEN [1] ELSE [] END AS everything
      MATCH (n:PartyOrganization)
      RETURN n
    }
    WITH n, day, named
    WHERE $id IS NULL
      AND ($township IS NULL OR (named IS NOT NULL AND (
            EXISTS { (n)-[:IN]->(named) }
            OR $throughPartyRelations AND EXISTS {
              MATCH (station:Station)-[relation:PARTY_RELATION]->(n)
              WHERE relation.from <= day AND (relation.to IS NULL OR day < relation.to)
                AND EXISTS { MATCH (station)-[r:LOCATED_IN]->(named) WHERE r.from <= day AND (r.to IS NULL OR day < r.to) } })))
      AND ($kind IS NULL OR n.kind = $kind)
      AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text) OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
    RETURN n
  }
  WITH n, CASE $sort WHEN 'NAME' THEN n.name WHEN 'NAME_EN' THEN n.nameEn WHEN 'KIND' THEN n.kind ELSE n.id END AS key
  ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key END DESC, n.id
  RETURN collect({key: key, id: n.id, n: n}) AS rows
}
WITH day, named, rows, head([after IN [CASE WHEN $page.after IS NULL THEN null ELSE {id: $page.after.id, key: CASE $page.after.type
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
WITH day, named, size(rows) AS totalCount, window.start > 0 AS hasPreviousPage, window.end < size(rows) AS hasNextPage, rows[window.start..window.end] AS pageRows
WITH day, named, totalCount, hasPreviousPage, hasNextPage, [row IN pageRows | row.n] AS page, [row IN pageRows | {key: CASE WHEN row.key IS :: DATE OR row.key IS :: ZONED DATETIME THEN toString(row.key) ELSE row.key END,
 type: CASE WHEN row.key IS :: DATE THEN 'DATE' WHEN row.key IS :: ZONED DATETIME THEN 'DATETIME' END,
 id: row.id}] AS positions
CALL (day, page) {
  UNWIND page AS n
  RETURN collect(n {
    .id, .name, .nameEn, .kind,
    asOf: $asOf,
    township: CASE WHEN $include IS NULL OR 'township' IN $include THEN head(COLLECT { MATCH (n)-[:IN]->(t:Township) WITH t ORDER BY t.id RETURN t { .id, .name, .nameEn } }) END,
    department: CASE WHEN $include IS NULL OR 'department' IN $include THEN head(COLLECT { MATCH (n)-[:OF]->(d:Department) WITH d ORDER BY d.id RETURN d { .id, .name, .nameEn } }) END,
    stations: CASE WHEN $include IS NULL OR 'stations' IN $include THEN COLLECT {
      MATCH (station:Station)-[r:PARTY_RELATION]->(n)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH station, r ORDER BY station.id, r.from
      RETURN { station: station { .id, .name, .nameEn }, from: toString(r.from), to: toString(r.to), basis: r.basis, exemption: r.exemption }
    } ELSE [] END
  }) AS items
}
RETURN coalesce(
         CASE WHEN $township IS NOT NULL THEN named.dataFrom END,
         CASE WHEN $id IS NOT NULL THEN head(COLLECT {
           UNWIND page AS n MATCH (n)-[:IN]->(t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 }) END,
         head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 })
       ) AS dataFrom,
       $township IS NULL OR named IS NOT NULL AS townshipFound,
       totalCount, hasPreviousPage, hasNextPage,
       items, positions
