// station-party/list-station-party-relations: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: asOf, page, township
// stationPartyRelations: every grassroots station LOCATED_IN the township on the day, in one round trip.
// $township: an id or null (every township); $asOf: YYYY-MM-DD; $page: {first, last, after, before} (page-window).
// One row: dataFrom (the earliest day of data asked about), townshipFound, totalCount, hasPreviousPage,
// hasNextPage, positions (page-position, key: the station id, id: the township id) and stations (the page, by station id),
// each with its township, the department running it on the day, ALL its PARTY_RELATION edges (the
// service picks the one valid on the day) and the holdings of its STATION_HEAD posts on the day.
WITH date($asOf) AS day
OPTIONAL MATCH (named:Township {id: $township})
WITH day, named,
     CASE WHEN $township IS NULL
       THEN head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS dataFrom ORDER BY dataFrom LIMIT 1 })
       ELSE named.dataFrom
     END AS dataFrom,
     CASE
       WHEN $township IS NULL THEN COLLECT { MATCH (t:Township) RETURN t }
       WHEN named IS NULL THEN []
       ELSE [named]
     END AS towns

CALL (towns, day) {
  UNWIND towns AS town
  // From each township to the stations located in it (an expand, not a scan of every station).
  MATCH (station:Station)-[located:LOCATED_IN]->(town)
  WHERE located.from <= day AND (located.to IS NULL OR day < located.to)
  WITH DISTINCT station, town
  ORDER BY station.id, town.id
  RETURN collect({key: station.id, id: town.id, station: station, town: town}) AS rows
}
WITH day, named, dataFrom, rows, head([after IN [CASE WHEN $page.after IS NULL THEN null ELSE {id: $page.after.id, key: CASE $page.after.type
    WHEN 'DATE' THEN date($page.after.key) WHEN 'DATETIME' THEN datetime($page.after.key) ELSE $page.after.key END} END] |
  head([before IN [CASE WHEN $page.before IS NULL THEN null ELSE {id: $page.before.id, key: CASE $page.before.type
      WHEN 'DATE' THEN date($page.before.key) WHEN 'DATETIME' THEN datetime($page.before.key) ELSE $page.before.key END} END] |
    head([lo IN [CASE WHEN after IS NULL THEN 0 ELSE size([row IN rows WHERE coalesce(
        CASE WHEN row.key IS NULL OR after.key IS NULL
          THEN CASE WHEN row.key IS NULL AND after.key IS NULL THEN row.id <= after.id WHEN false THEN row.key IS NULL ELSE after.key IS NULL END
          WHEN row.key = after.key THEN row.id <= after.id
          WHEN false THEN row.key > after.key
          ELSE row.key < after.key END, false)]) END] |
      head([hi IN [CASE WHEN before IS NULL THEN size(rows) ELSE size([row IN rows WHERE coalesce(
          CASE WHEN row.key IS NULL OR before.key IS NULL
            THEN CASE WHEN row.key IS NULL AND before.key IS NULL THEN row.id < before.id WHEN false THEN row.key IS NULL ELSE before.key IS NULL END
            WHEN row.key = before.key THEN row.id < before.id
            WHEN false THEN row.key > before.key
            ELSE row.key < before.key END, false)]) END] |
        CASE WHEN $page.last IS NOT NULL
          THEN {start: CASE WHEN hi - $page.last > lo THEN hi - $page.last ELSE lo END, end: CASE WHEN hi > lo THEN hi ELSE lo END}
          ELSE {start: lo, end: CASE WHEN hi < lo THEN lo WHEN lo + $page.first < hi THEN lo + $page.first ELSE hi END} END
      ])
    ])
  ])
]) AS window
WITH day, named, dataFrom, size(rows) AS totalCount, window.start > 0 AS hasPreviousPage, window.end < size(rows) AS hasNextPage,
     rows[window.start..window.end] AS pageRows

CALL (pageRows, day) {
  UNWIND pageRows AS row
  WITH row.station AS station, row.town AS town, day
  RETURN collect({
    station: station { .id, .name, .nameEn },
    township: town { .id, .name, .nameEn },
    department: head(COLLECT {
      MATCH (station)-[run:RUN_BY]->(department:Department)
      WHERE run.from <= day AND (run.to IS NULL OR day < run.to)
      WITH department, run ORDER BY run.from DESC, department.id
      RETURN department { .id, .name, .nameEn }
    }),
    relations: COLLECT {
      MATCH (station)-[relation:PARTY_RELATION]->(organization:PartyOrganization)
      WITH relation, organization ORDER BY relation.from, organization.id
      RETURN {
        organization: organization { .id, .name, .nameEn, .kind, township: head([(organization)-[:IN]->(home:Township) | home.id]) },
        from: toString(relation.from),
        to: toString(relation.to),
        basis: relation.basis,
        exemption: relation.exemption
      }
    },
    heads: COLLECT {
      MATCH (person:Person)-[holds:HOLDS]->(post:Post {level: 'STATION_HEAD'})-[postIn:IN]->(station)
      WHERE holds.from <= day AND (holds.to IS NULL OR day < holds.to)
        AND postIn.from <= day AND (postIn.to IS NULL OR day < postIn.to)
        AND post.from <= day AND (post.to IS NULL OR day < post.to)
      WITH person, holds, post ORDER BY holds.from DESC, post.id, person.id
      RETURN {
        person: person { .id, .name, .nameEn },
        post: post { .id, .name, .nameEn, .rank, .level },
        from: toString(holds.from),
        to: toString(holds.to),
        acting: coalesce(holds.acting, false),
        townConsulted: holds.townConsulted
      }
    }
  }) AS stations
}

RETURN dataFrom,
       $township IS NULL OR named IS NOT NULL AS townshipFound,
       totalCount, hasPreviousPage, hasNextPage,
       [row IN pageRows | {key: CASE WHEN row.key IS :: DATE OR row.key IS :: ZONED DATETIME THEN toString(row.key) ELSE row.key END,
        type: CASE WHEN row.key IS :: DATE THEN 'DATE' WHEN row.key IS :: ZONED DATETIME THEN 'DATETIME' END,
        id: row.id}] AS positions,
       stations
