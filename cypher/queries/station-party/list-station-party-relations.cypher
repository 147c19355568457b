// stationPartyRelations: every grassroots station LOCATED_IN the township on the day, in one round trip.
// $township: an id or null (every township); $asOf: YYYY-MM-DD; $page: {first, last, after, before} (page-window).
// One row: dataFrom (the earliest day of data asked about), townshipFound, totalCount, hasPreviousPage,
// hasNextPage, positions (page-position, key: the station id, id: the township id) and stations (the page, by station id),
// each with its township, the department running it on the day, ALL its PARTY_RELATION edges (the
// service picks the one valid on the day) and the holdings of its STATION_HEAD posts on the day.
WITH date($asOf) AS day
OPTIONAL MATCH (named:Township {id: $township})
WITH day, named,
     /*@ data-from(town: named, township: $township) */ AS dataFrom,
     CASE
       WHEN $township IS NULL THEN COLLECT { MATCH (t:Township) RETURN t }
       WHEN named IS NULL THEN []
       ELSE [named]
     END AS towns

CALL (towns, day) {
  UNWIND towns AS town
  // From each township to the stations located in it (an expand, not a scan of every station).
  MATCH (station:Station)-[located:LOCATED_IN]->(town)
  WHERE /*@ valid-on(x: located, day: day) */
  WITH DISTINCT station, town
  ORDER BY station.id, town.id
  RETURN collect({key: station.id, id: town.id, station: station, town: town}) AS rows
}
WITH day, named, dataFrom, rows, /*@ page-window(rows: rows, page: $page, descending: false) */ AS window
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
      WHERE /*@ valid-on(x: run, day: day) */
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
      WHERE /*@ valid-on(x: holds, day: day) */
        AND /*@ valid-on(x: postIn, day: day) */
        AND /*@ valid-on(x: post, day: day) */
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
       [row IN pageRows | /*@ page-position(row: row) */] AS positions,
       stations
