// station-party/list-station-party-relations: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: asOf, township
// stationPartyRelations: every grassroots station LOCATED_IN the township on the day, in one round trip.
// $township: an id or null (every township); $asOf: YYYY-MM-DD.
// One row: dataFrom (the earliest day of data asked about), townshipFound, and stations (by station id),
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
        from: relation.from,
        to: relation.to,
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
        from: holds.from,
        to: holds.to,
        acting: coalesce(holds.acting, false),
        townConsulted: holds.townConsulted
      }
    }
  }) AS stations
}

RETURN dataFrom,
       $township IS NULL OR named IS NOT NULL AS townshipFound,
       stations
