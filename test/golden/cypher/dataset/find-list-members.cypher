// dataset/find-list-members: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: townships
// What a township's responsibility list names, for many townships at once: the ids of its offices,
// of the posts in it or in its offices, villages and stations, and of its duties. $townships: ids.
UNWIND $townships AS id
MATCH (township:Township {id: id})
WITH township,
  COLLECT { MATCH (office:Office)-[:IN]->(township) RETURN office } AS offices,
  COLLECT { MATCH (station:Station)-[:LOCATED_IN]->(township) RETURN DISTINCT station } AS stations
WITH township, offices, stations,
  COLLECT {
    UNWIND [township] + offices AS unit
    MATCH (village:Village)-[:UNDER]->(unit)
    RETURN DISTINCT village
  } AS villages
RETURN township.id AS township,
  [office IN offices | office.id] AS offices,
  COLLECT {
    UNWIND [township] + offices + villages + stations AS unit
    MATCH (post:Post)-[:IN]->(unit)
    RETURN DISTINCT post.id
  } AS posts,
  COLLECT { MATCH (duty:Duty)-[:IN]->(township) RETURN duty.id } AS duties
